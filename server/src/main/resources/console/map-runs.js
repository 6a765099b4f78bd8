// The Map Runs of an execution's distributed Map states, read through the Step Functions API
// (ListMapRuns, then DescribeMapRun for each run), with their item and child execution counts.
import { h, formatDate, formatDuration } from './dom.js';
import { sfn } from './api.js';

/** Whether the history shows a distributed Map state starting a Map Run. */
export function hasMapRuns(events) {
  return events.some((event) => event.type === 'MapRunStarted');
}

/** A table of the Map Runs of `executionArn`, filled in once they have been read. */
export function mapRunTable(executionArn) {
  const element = h('div', { class: 'map-runs' }, h('p', { class: 'hint' }, 'Reading the Map Runs…'));
  readMapRuns(executionArn).then((runs) => element.replaceChildren(table(runs)),
    (error) => element.replaceChildren(h('p', { class: 'error', role: 'alert' },
      error.type + ': ' + error.message)));
  return element;
}

async function readMapRuns(executionArn) {
  const runs = [];
  let nextToken;
  do {
    const page = await sfn('ListMapRuns', { executionArn, nextToken });
    runs.push(...page.mapRuns);
    nextToken = page.nextToken;
  } while (nextToken);
  return Promise.all(runs.map((run) => sfn('DescribeMapRun', { mapRunArn: run.mapRunArn })));
}

function table(runs) {
  const counts = (c) => c.succeeded + ' succeeded, ' + c.failed + ' failed'
    + (c.running ? ', ' + c.running + ' running' : '') + (c.pending ? ', ' + c.pending + ' pending' : '')
    + ' of ' + c.total;
  return h('table', { class: 'list map-runs', 'aria-label': 'Map Runs' },
    h('thead', {}, h('tr', {}, ['Map Run', 'Status', 'Started', 'Duration', 'Items',
      'Child executions', 'Max concurrency', 'Tolerated failures']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, runs.map((run) => h('tr', { 'data-map-run': run.mapRunArn },
      h('td', { title: run.mapRunArn }, run.mapRunArn.split(':mapRun:').pop()),
      h('td', { 'data-field': 'status' }, run.status),
      h('td', {}, formatDate(run.startDate * 1000)),
      h('td', {}, formatDuration(((run.stopDate || Date.now() / 1000) - run.startDate) * 1000)),
      h('td', { 'data-field': 'items' }, counts(run.itemCounts)),
      h('td', { 'data-field': 'executions' }, counts(run.executionCounts)),
      h('td', {}, run.maxConcurrency ? String(run.maxConcurrency) : 'unlimited'),
      h('td', {}, run.toleratedFailurePercentage + ' %, ' + run.toleratedFailureCount)))));
}
