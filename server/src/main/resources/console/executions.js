// Executions: the list (of one machine or of all), one execution live, and the start dialog.
import { h, pretty, formatDate, formatDuration } from './dom.js';
import { sfn, consoleApi, followExecution } from './api.js';
import { renderGraph, updateStatuses } from './graph.js';
import { jsonEditor } from './editor.js';
import { hasMapRuns, mapRunTable } from './map-runs.js';

const STATUSES = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];

export function executionLink(arn) {
  return '#/executions/' + encodeURIComponent(arn);
}

/** The list page of every machine's executions. */
export async function executionList(query) {
  const table = await executionTable(query);
  return { element: h('section', { class: 'page' }, h('h1', {}, 'Executions'), table.element) };
}

/**
 * A filter bar and one page of executions. The filters live in the URL's hash (status, name,
 * cursor), so that the page shown can be linked to.
 */
export async function executionTable(query) {
  const base = location.hash.split('?')[0];
  const keep = query.tab ? { tab: query.tab } : {};
  const link = (changes) => base + '?' + new URLSearchParams(
    Object.fromEntries(Object.entries({ ...keep, status: query.status, name: query.name, ...changes })
      .filter(([, v]) => v)));
  const page = await consoleApi('executions', {
    stateMachineArn: query.stateMachineArn, status: query.status, name: query.name,
    cursor: query.cursor, limit: 100,
  });
  const status = h('select', { id: 'status-filter', 'aria-label': 'Status' },
    h('option', { value: '' }, 'Any status'),
    STATUSES.map((s) => h('option', { value: s, selected: query.status === s }, label(s))));
  const name = h('input', { id: 'name-filter', type: 'search', placeholder: 'Search by name',
    'aria-label': 'Search by name', value: query.name || '' });
  const filter = (event) => {
    event.preventDefault();
    location.hash = link({ status: status.value, name: name.value });
  };
  const rows = page.executions.map((e) => h('tr', {},
    h('td', {}, h('a', { href: executionLink(e.executionArn) }, e.name)),
    h('td', {}, statusBadge(e.status)),
    query.stateMachineArn ? null : h('td', {}, machineName(e.stateMachineArn)),
    h('td', {}, formatDate(e.startDate)),
    h('td', {}, e.stopDate ? formatDuration(e.stopDate - e.startDate) : '')));
  const element = h('div', { class: 'executions' },
    h('form', { class: 'filters', role: 'search', onSubmit: filter }, status, name,
      h('button', { type: 'submit' }, 'Filter')),
    rows.length === 0 ? h('p', { class: 'empty' }, 'No executions match.') : h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Status'),
        query.stateMachineArn ? null : h('th', { scope: 'col' }, 'State machine'),
        h('th', { scope: 'col' }, 'Started'), h('th', { scope: 'col' }, 'Duration'))),
      h('tbody', {}, rows)),
    h('nav', { class: 'pager', 'aria-label': 'Pages' },
      query.cursor ? h('a', { href: link({}) }, 'First page') : null,
      page.nextCursor ? h('a', { href: link({ cursor: page.nextCursor }) }, 'Next page') : null));
  return { element };
}

function machineName(arn) {
  return h('a', { href: '#/machines/' + encodeURIComponent(arn) }, arn.split(':').pop());
}

function label(status) {
  return status.charAt(0) + status.slice(1).toLowerCase().replace('_', ' ');
}

export function statusBadge(status) {
  return h('span', { class: 'status-badge ' + status.toLowerCase() }, label(status));
}

/** The dialog that starts an execution of `machine` with a JSON input checked before sending. */
export function startDialog(machine) {
  const name = h('input', { id: 'execution-name', placeholder: 'generated when empty' });
  const editor = jsonEditor('Input', '{\n  "Comment": "Insert your JSON here"\n}', 10);
  const status = h('p', { class: 'status', role: 'status' });
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'start-title' });
  const start = async (event) => {
    event.preventDefault();
    if (editor.parse().error) return;
    try {
      const started = await sfn('StartExecution', {
        stateMachineArn: machine.stateMachineArn, input: editor.value(),
        ...(name.value ? { name: name.value } : {}),
      });
      dialog.close();
      location.hash = executionLink(started.executionArn);
    } catch (error) {
      status.textContent = error.type + ': ' + error.message;
    }
  };
  dialog.append(h('form', { class: 'form', onSubmit: start },
    h('h2', { id: 'start-title' }, 'Start an execution of ' + machine.name),
    h('label', { for: 'execution-name' }, 'Name'), name,
    h('span', { class: 'label' }, 'Input'), editor.element,
    h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' }, 'Start'),
      h('button', { type: 'button', onClick: () => dialog.close() }, 'Cancel')),
    status));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

/** One execution: graph coloured by outcome, state details, events and timeline, live. */
export async function executionDetail(arn) {
  let detail = await consoleApi('execution', { arn });
  const execution = () => detail.execution;
  let selected = null;
  const header = h('div');
  const graphBox = h('div', { class: 'graph-box' });
  const panel = h('aside', { class: 'state-panel', 'aria-live': 'polite' });
  const below = h('div');
  const tab = { current: 'events' };
  const drawHeader = () => header.replaceChildren(executionHeader(execution(), refresh));
  const drawPanel = () => panel.replaceChildren(
    ...[statePanel(detail, selected)].flat(Infinity).filter(Boolean));
  const drawBelow = () => below.replaceChildren(tabs(tab, drawBelow, hasMapRuns(detail.events)),
    tab.current === 'events' ? eventTable(detail.events, tab, drawBelow)
      : tab.current === 'timeline' ? timeline(detail)
        : tab.current === 'map runs' ? mapRunTable(arn) : inputOutput(execution()));
  const select = (state) => {
    selected = state;
    drawPanel();
    for (const node of graphBox.querySelectorAll('.state')) {
      node.classList.toggle('selected', node.dataset.state === state);
    }
  };
  async function refresh() {
    detail = await consoleApi('execution', { arn });
    drawHeader();
    updateStatuses(graphBox, detail.states);
    drawPanel();
    drawBelow();
    live();
  }
  // Follows the execution while it runs, and again once it runs after a redrive.
  let stop = null;
  let left = false;
  const live = () => {
    if (left || stop || execution().status !== 'RUNNING') return;
    let pending = null;
    const last = detail.events.length ? detail.events[detail.events.length - 1].id : 0;
    stop = followExecution(arn, last, () => {
      pending = pending || setTimeout(() => { pending = null; refresh(); }, 150);
    }, () => {
      stop = null;
      refresh();
    });
  };
  const element = h('section', { class: 'page' }, header,
    h('div', { class: 'execution-body' }, graphBox, panel), below);
  // Escape closes a state's details and gives the focus back to its node in the graph.
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !selected) return;
    const node = graphBox.querySelector('.state[data-state="' + CSS.escape(selected) + '"]');
    select(null);
    if (node) node.focus();
  });
  drawHeader();
  drawPanel();
  drawBelow();
  return {
    element,
    ready: () => {
      if (detail.graph) renderGraph(graphBox, detail.graph, detail.states, select);
      else graphBox.append(h('p', { class: 'empty' }, 'The definition of this execution is not available.'));
      live();
    },
    leave: () => {
      left = true;
      if (stop) stop();
    },
  };
}

function executionHeader(e, refresh) {
  const act = (operation, body) => async () => {
    try {
      await sfn(operation, body);
      await refresh();
    } catch (error) {
      alert(error.type + ': ' + error.message);
    }
  };
  return h('div', {},
    h('p', { class: 'crumbs' }, h('a', { href: '#/executions' }, 'Executions'), ' / ',
      machineName(e.stateMachineArn), ' / ', e.name),
    h('div', { class: 'title-row' },
      h('h1', {}, e.name, ' ', statusBadge(e.status)),
      h('div', { class: 'actions' },
        e.status === 'RUNNING' ? h('button', { class: 'danger', type: 'button',
          onClick: act('StopExecution', { executionArn: e.executionArn }) }, 'Stop') : null,
        ['FAILED', 'TIMED_OUT', 'ABORTED'].includes(e.status) ? h('button', { type: 'button',
          onClick: act('RedriveExecution', { executionArn: e.executionArn }) }, 'Redrive') : null)),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Started'), h('dd', {}, formatDate(e.startDate)),
      h('dt', {}, 'Duration'), h('dd', {}, formatDuration((e.stopDate || Date.now()) - e.startDate)),
      e.redriveCount ? [h('dt', {}, 'Redriven'), h('dd', { 'data-field': 'redrives' },
        e.redriveCount === 1 ? 'once' : e.redriveCount + ' times')] : null,
      e.error ? [h('dt', {}, 'Error'), h('dd', { class: 'error' }, e.error)] : null,
      e.cause ? [h('dt', {}, 'Cause'), h('dd', {}, h('pre', { class: 'cause' }, e.cause))] : null));
}

function statePanel(detail, name) {
  if (!name) {
    return h('p', { class: 'hint' }, 'Select a state in the graph to see its input, output, ' +
      'variables, error, retries and timing. Tab to a state and press Enter; Escape closes it.');
  }
  const o = detail.states[name];
  if (!o) return [h('h2', {}, name), h('p', {}, 'Not reached.')];
  const block = (title, text) => (text === undefined || text === null ? null
    : [h('h3', {}, title), h('pre', { class: 'code-view small' }, pretty(text))]);
  return [
    h('h2', {}, name, ' ', h('span', { class: 'status-badge ' + o.status }, o.status)),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Entered'), h('dd', {}, formatDate(o.enteredAt)),
      o.exitedAt ? [h('dt', {}, 'Duration'), h('dd', {}, formatDuration(o.exitedAt - o.enteredAt))] : null,
      o.visits > 1 ? [h('dt', {}, 'Visits'), h('dd', {}, String(o.visits))] : null,
      o.retries ? [h('dt', {}, 'Retries'), h('dd', {}, String(o.retries))] : null,
      o.itemCount !== undefined ? [h('dt', {}, 'Items'), h('dd', {}, String(o.itemCount) +
        (o.iterationsFailed ? ', ' + o.iterationsFailed + ' failed' : ''))] : null),
    o.error ? [h('h3', {}, 'Error'), h('p', { class: 'error', 'data-field': 'error' }, o.error)] : null,
    o.cause ? [h('h3', {}, 'Cause'), h('pre', { class: 'cause', 'data-field': 'cause' }, o.cause)] : null,
    block('Input', o.input),
    block('Output', o.output),
    o.variables ? block('Variables', o.variables) : null,
  ];
}

function tabs(tab, redraw, withMapRuns) {
  const names = ['events', 'timeline', 'input and output', ...(withMapRuns ? ['map runs'] : [])];
  return h('div', { class: 'tabs', role: 'tablist' }, names
    .map((name) => h('button', {
      role: 'tab', type: 'button', 'aria-selected': String(tab.current === name),
      class: tab.current === name ? 'tab active' : 'tab',
      onClick: () => { tab.current = name; redraw(); },
    }, name[0].toUpperCase() + name.slice(1))));
}

// The history is shown a page at a time: a long execution has thousands of events, and laying out
// all their rows at once would delay the page by a large part of a second.
const EVENT_PAGE = 200;

function eventTable(events, tab, redraw) {
  const start = events.length ? events[0].timestamp * 1000 : 0;
  const shown = tab.events || EVENT_PAGE;
  const rows = events.slice(0, shown).map((event) => {
    const details = Object.entries(event).find(([key]) => key.endsWith('EventDetails'));
    const name = details && details[1].name;
    return h('tr', { class: 'event ' + (/Failed|TimedOut|Aborted/.test(event.type) ? 'bad' : '') },
      h('td', {}, String(event.id)),
      h('td', {}, event.type),
      h('td', {}, name || ''),
      h('td', { title: new Date(event.timestamp * 1000).toISOString() },
        '+' + formatDuration(event.timestamp * 1000 - start)),
      h('td', {}, details ? detailsOf(details[1]) : ''));
  });
  const more = events.length - shown;
  return h('div', {},
    h('table', { class: 'list events', 'aria-label': 'Event history' },
      h('thead', {}, h('tr', {}, ['ID', 'Type', 'State', 'Time', 'Details']
        .map((t) => h('th', { scope: 'col' }, t)))), h('tbody', {}, rows)),
    more > 0 ? h('button', { type: 'button', class: 'more-events', onClick: () => {
      tab.events = shown + EVENT_PAGE;
      redraw();
    } }, 'Show ' + Math.min(more, EVENT_PAGE) + ' more of ' + more + ' events') : null);
}

/** An event's details, formatted when they are first opened. */
function detailsOf(details) {
  const code = h('pre', { class: 'code-view small' });
  const element = h('details', {}, h('summary', {}, 'Details'), code);
  element.addEventListener('toggle', () => {
    if (!code.textContent) code.textContent = pretty(expand(details));
  });
  return element;
}

/** Details with their JSON text fields (input, output) shown as JSON. */
function expand(details) {
  const out = {};
  for (const [key, value] of Object.entries(details)) {
    try {
      out[key] = typeof value === 'string' && /^[[{"]/.test(value) ? JSON.parse(value) : value;
    } catch {
      out[key] = value;
    }
  }
  return out;
}

function timeline(detail) {
  const entries = Object.entries(detail.states).filter(([, o]) => o.enteredAt);
  if (entries.length === 0) return h('p', { class: 'empty' }, 'No state has started yet.');
  const start = Math.min(...entries.map(([, o]) => o.enteredAt));
  const end = Math.max(...entries.map(([, o]) => o.exitedAt || Date.now()), start + 1);
  const span = end - start;
  return h('div', { class: 'timeline', role: 'list', 'aria-label': 'Timeline of states' },
    entries.map(([name, o]) => {
      const left = ((o.enteredAt - start) / span) * 100;
      const width = Math.max(0.5, (((o.exitedAt || Date.now()) - o.enteredAt) / span) * 100);
      return h('div', { class: 'timeline-row', role: 'listitem' },
        h('span', { class: 'timeline-name' }, name),
        h('span', { class: 'timeline-track' }, h('span', {
          class: 'timeline-bar ' + o.status,
          style: 'left:' + left + '%;width:' + width + '%',
          title: formatDuration((o.exitedAt || Date.now()) - o.enteredAt),
        })),
        h('span', { class: 'timeline-time' }, formatDuration((o.exitedAt || Date.now()) - o.enteredAt)));
    }));
}

function inputOutput(e) {
  return h('div', { class: 'io' },
    h('div', {}, h('h3', {}, 'Input'), h('pre', { class: 'code-view' }, pretty(e.input))),
    h('div', {}, h('h3', {}, 'Output'), h('pre', { class: 'code-view' }, pretty(e.output))));
}
