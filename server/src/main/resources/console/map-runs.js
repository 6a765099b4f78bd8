// The Map Runs of an execution's distributed Map states, read through the Step Functions API
// (ListMapRuns, then DescribeMapRun for each run), with their item and child execution counts;
// and one Map Run's page: its counts, its child executions (from the console API) and
// UpdateMapRun while it runs.
import { h, pretty, formatDate, formatDuration } from './dom.js';
import { sfn, consoleApi } from './api.js';
import { executionLink, statusBadge } from './executions.js';

/** Whether the history shows a distributed Map state starting a Map Run. */
export function hasMapRuns(events) {
  return events.some((event) => event.type === 'MapRunStarted');
}

export function mapRunLink(arn) {
  return '#/map-runs/' + encodeURIComponent(arn);
}

/** A table of the Map Runs of `executionArn`, filled in once they have been read. */
export function mapRunTable(executionArn) {
  const element = h('div', { class: 'map-runs' }, h('p', { class: 'hint' }, 'Reading the Map Runs…'));
  readMapRuns(executionArn).then((runs) => element.replaceChildren(table(runs)),
    (error) => element.replaceChildren(failure(error)));
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

function failure(error) {
  return h('p', { class: 'error', role: 'alert' }, error.type + ': ' + error.message);
}

function counts(c) {
  return c.succeeded + ' succeeded, ' + c.failed + ' failed'
    + (c.running ? ', ' + c.running + ' running' : '') + (c.pending ? ', ' + c.pending + ' pending' : '')
    + ' of ' + c.total;
}

function shortName(arn) {
  return arn.split(':mapRun:').pop();
}

function duration(run) {
  return formatDuration(((run.stopDate || Date.now() / 1000) - run.startDate) * 1000);
}

function tolerated(run) {
  return run.toleratedFailurePercentage + ' %, ' + run.toleratedFailureCount;
}

function table(runs) {
  return h('table', { class: 'list map-runs', 'aria-label': 'Map Runs' },
    h('thead', {}, h('tr', {}, ['Map Run', 'Status', 'Started', 'Duration', 'Items',
      'Child executions', 'Max concurrency', 'Tolerated failures']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, runs.map((run) => h('tr', { 'data-map-run': run.mapRunArn },
      h('td', { title: run.mapRunArn }, h('a', { href: mapRunLink(run.mapRunArn) }, shortName(run.mapRunArn))),
      h('td', { 'data-field': 'status' }, run.status),
      h('td', {}, formatDate(run.startDate * 1000)),
      h('td', {}, duration(run)),
      h('td', { 'data-field': 'items' }, counts(run.itemCounts)),
      h('td', { 'data-field': 'executions' }, counts(run.executionCounts)),
      h('td', {}, run.maxConcurrency ? String(run.maxConcurrency) : 'unlimited'),
      h('td', {}, tolerated(run))))));
}

// How often a running Map Run's page reads it again.
const FOLLOW_MILLIS = 2000;
const COUNTS = ['pending', 'running', 'succeeded', 'failed', 'timedOut', 'aborted', 'total',
  'resultsWritten'];

/** One Map Run: its settings and counts, its child executions, and UpdateMapRun while it runs. */
export async function mapRunDetail(arn) {
  let run = await sfn('DescribeMapRun', { mapRunArn: arn });
  const summary = h('div');
  const children = h('div', { class: 'map-run-children' });
  const update = updateForm(arn, async () => {
    run = await sfn('DescribeMapRun', { mapRunArn: arn });
    await draw();
  });
  // Only a running Map Run can be updated.
  const draw = async () => {
    summary.replaceChildren(mapRunSummary(run));
    update.hidden = run.status !== 'RUNNING';
    // Redrawing keeps the child executions whose details are open.
    const open = [...children.querySelectorAll('details[open]')].map((d) => d.closest('tr').dataset.index);
    children.replaceChildren(await childTable(run));
    for (const index of open) {
      const row = children.querySelector('tr[data-index="' + index + '"] details');
      if (row) row.open = true;
    }
  };
  await draw();
  const timer = setInterval(async () => {
    if (run.status !== 'RUNNING') return;
    run = await sfn('DescribeMapRun', { mapRunArn: arn });
    await draw();
  }, FOLLOW_MILLIS);
  const element = h('section', { class: 'page' },
    h('p', { class: 'crumbs' }, h('a', { href: '#/executions' }, 'Executions'), ' / ',
      h('a', { href: executionLink(run.executionArn) }, run.executionArn.split(':').pop()),
      ' / Map Run'),
    summary, update,
    h('h2', { class: 'section-title' }, 'Child executions'), children);
  return { element, leave: () => clearInterval(timer) };
}

function mapRunSummary(run) {
  const row = (title, c) => h('tr', {}, h('th', { scope: 'row' }, title),
    COUNTS.map((key) => h('td', { 'data-count': key }, String(c[key] ?? 0))));
  return h('div', {},
    h('h1', {}, 'Map Run ' + shortName(run.mapRunArn), ' ', statusBadge(run.status)),
    h('dl', { class: 'facts' },
      h('dt', {}, 'ARN'), h('dd', {}, h('code', {}, run.mapRunArn)),
      h('dt', {}, 'Started'), h('dd', {}, formatDate(run.startDate * 1000)),
      h('dt', {}, 'Duration'), h('dd', {}, duration(run)),
      h('dt', {}, 'Max concurrency'), h('dd', { 'data-field': 'maxConcurrency' },
        run.maxConcurrency ? String(run.maxConcurrency) : 'unlimited'),
      h('dt', {}, 'Tolerated failures'), h('dd', { 'data-field': 'tolerated' }, tolerated(run))),
    h('table', { class: 'list counts', 'aria-label': 'Items and child executions' },
      h('thead', {}, h('tr', {}, h('td', {}), COUNTS.map((key) => h('th', { scope: 'col' },
        key === 'timedOut' ? 'Timed out' : key === 'resultsWritten' ? 'Results written'
          : key[0].toUpperCase() + key.slice(1))))),
      h('tbody', {}, row('Items', run.itemCounts), row('Child executions', run.executionCounts))));
}

/**
 * The child executions of a Map Run, from the console API: Stepwise runs them inside their parent
 * execution, so they are read from its events, by item (ListExecutions with mapRunArn lists the
 * same executions, newest first).
 */
async function childTable(run) {
  let children;
  try {
    children = (await consoleApi('map-run/children',
      { executionArn: run.executionArn, mapRunArn: run.mapRunArn })).childExecutions;
  } catch (error) {
    return failure(error);
  }
  if (children.length === 0) return h('p', { class: 'empty' }, 'No child executions yet.');
  const block = (title, text) => [h('h3', {}, title), h('pre', { class: 'code-view small' }, pretty(text))];
  return h('table', { class: 'list children', 'aria-label': 'Child executions' },
    h('thead', {}, h('tr', {}, ['Item', 'Status', 'Started', 'Duration', 'Details']
      .map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, children.map((c) => h('tr', { 'data-index': c.index },
      h('td', {}, 'Item ' + c.index),
      h('td', {}, statusBadge(c.status)),
      h('td', {}, formatDate(c.startDate)),
      h('td', {}, c.stopDate ? formatDuration(c.stopDate - c.startDate) : ''),
      h('td', {}, h('details', {}, h('summary', {},
        c.error ? 'Input and error' : c.output !== undefined ? 'Input and output' : 'Input'),
        block('Input', c.input),
        c.output !== undefined ? block('Output', c.output) : null,
        c.error ? [h('h3', {}, 'Error'), h('p', { class: 'error' }, c.error),
          h('pre', { class: 'cause' }, c.cause || '')] : null))))));
}

// The settings UpdateMapRun changes; a field left empty keeps its value.
const SETTINGS = [
  ['maxConcurrency', 'Max concurrency', true],
  ['toleratedFailurePercentage', 'Tolerated failure percentage', false],
  ['toleratedFailureCount', 'Tolerated failure count', true],
];

/**
 * The form that sends UpdateMapRun. A field that is not a number is refused here; the server
 * checks the ranges, and each of its validation errors is shown under the field it names.
 */
function updateForm(mapRunArn, updated) {
  const fields = Object.fromEntries(SETTINGS.map(([name, label]) => {
    const input = h('input', { id: 'update-' + name, name, inputmode: 'decimal',
      'aria-describedby': 'update-' + name + '-error', autocomplete: 'off' });
    const error = h('p', { id: 'update-' + name + '-error', class: 'field-error' });
    return [name, { label, input, error }];
  }));
  const status = h('p', { class: 'status', role: 'status' });
  const showError = (name, message) => {
    const field = fields[name];
    field.error.textContent = message;
    if (message) field.input.setAttribute('aria-invalid', 'true');
    else field.input.removeAttribute('aria-invalid');
  };
  const submit = async (event) => {
    event.preventDefault();
    status.textContent = '';
    status.classList.remove('done');
    const body = { mapRunArn };
    let valid = true;
    for (const [name, , whole] of SETTINGS) {
      const text = fields[name].input.value.trim();
      const value = Number(text);
      const bad = text !== '' && (!Number.isFinite(value) || (whole && !Number.isInteger(value)));
      showError(name, bad ? 'Expected ' + (whole ? 'a whole number' : 'a number') + ', but it is '
        + text + '.' : '');
      valid = valid && !bad;
      if (text !== '') body[name] = value;
    }
    if (!valid) return;
    if (Object.keys(body).length === 1) {
      status.textContent = 'Give at least one new setting.';
      return;
    }
    try {
      await sfn('UpdateMapRun', body);
      status.textContent = 'Updated.';
      status.classList.add('done');
      await updated();
    } catch (error) {
      placeErrors(error, showError, status);
    }
  };
  return h('form', { class: 'form update-map-run', onSubmit: submit, novalidate: true },
    h('h2', {}, 'Update the Map Run'),
    SETTINGS.map(([name]) => [h('label', { for: 'update-' + name }, fields[name].label),
      fields[name].input, fields[name].error]),
    h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' }, 'Update')),
    status);
}

/**
 * Shows each violation of a ValidationException ("Value '-1' at 'maxConcurrency' failed to
 * satisfy constraint: ...", joined by "; ") under its field; any other error in `status`.
 */
function placeErrors(error, showError, status) {
  const violations = error.type === 'ValidationException'
    ? error.message.replace(/^\d+ validation errors? detected: /, '').split('; ') : [];
  const placed = violations.filter((violation) => {
    const field = (violation.match(/ at '(\w+)' /) || [])[1];
    if (!field || !SETTINGS.some(([name]) => name === field)) return false;
    showError(field, violation);
    return true;
  });
  if (placed.length < Math.max(1, violations.length)) {
    status.textContent = error.type + ': ' + error.message;
  }
}
