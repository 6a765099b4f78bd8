// The local Lambda functions, read through the Lambda API on the same port, with their recent
// logs (from the console API, followed live) and a test invoke.
import { h, pretty, formatDate } from './dom.js';
import { jsonEditor } from './editor.js';
import { send, consoleApi } from './api.js';

// How often the logs are read again while the page follows them.
const FOLLOW_MILLIS = 2000;
// The most invocation logs shown per function: as many as the server keeps.
const SHOWN = 100;

export async function functionList() {
  const response = await send('lambda', 'GET', '/2015-03-31/functions/');
  const body = await response.json();
  const cards = (body.Functions || []).map(functionCard);
  const follow = h('input', { id: 'follow-logs', type: 'checkbox', checked: true });
  const refreshAll = () => Promise.all(cards.map((card) => card.refresh()));
  const timer = setInterval(() => { if (follow.checked) refreshAll(); }, FOLLOW_MILLIS);
  const element = h('section', { class: 'page' },
    h('div', { class: 'title-row' }, h('h1', {}, 'Functions'),
      cards.length === 0 ? null : h('div', { class: 'actions' },
        h('label', { class: 'check' }, follow, ' Follow new logs'),
        h('button', { type: 'button', onClick: refreshAll }, 'Refresh logs'))),
    cards.length === 0
      ? h('p', { class: 'empty' }, 'No local Lambda functions. Create one with aws lambda create-function.')
      : cards.map((card) => card.element));
  return { element, ready: refreshAll, leave: () => clearInterval(timer) };
}

function functionCard(f) {
  const logs = recentLogs(f.FunctionName);
  const editor = jsonEditor('Test event for ' + f.FunctionName, '{}', 6);
  const result = h('div', { class: 'invoke-result', 'aria-live': 'polite' });
  const invoke = async (event) => {
    event.preventDefault();
    if (editor.parse().error) return;
    const response = await send('lambda', 'POST', '/2015-03-31/functions/'
      + encodeURIComponent(f.FunctionName) + '/invocations', {}, { 'x-amz-log-type': 'Tail' },
      editor.value());
    const text = await response.text();
    const log = response.headers.get('X-Amz-Log-Result');
    const error = response.headers.get('X-Amz-Function-Error');
    result.replaceChildren(
      h('h3', {}, error ? 'Failed (' + error + ')' : 'Result'),
      h('pre', { class: 'code-view small' }, pretty(text)),
      ...(log ? [h('h3', {}, 'Log tail'), h('pre', { class: 'code-view small' }, atob(log))] : []));
    await logs.refresh();
  };
  const element = h('article', { class: 'card', 'data-function': f.FunctionName },
    h('h2', {}, f.FunctionName),
    h('dl', { class: 'facts' },
      ['Runtime', 'Handler', 'MemorySize', 'Timeout', 'LastModified'].map((key) =>
        [h('dt', {}, key), h('dd', {}, String(f[key] ?? ''))]),
      h('dt', {}, 'Environment'), h('dd', {}, environment(f))),
    h('form', { class: 'form', onSubmit: invoke }, h('span', { class: 'label' }, 'Test event'),
      editor.element, h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Test invoke'))),
    result, logs.element);
  return { element, refresh: logs.refresh };
}

// The names of the environment variables only: their values are often secrets, and a console
// left open on a screen must not show them.
function environment(f) {
  const names = Object.keys((f.Environment || {}).Variables || {});
  return names.length === 0 ? 'none'
    : h('span', {}, names.map((name) => h('code', { class: 'variable' }, name)),
      ' (values hidden)');
}

/** The logs of a function's recent invocations, newest first, added to as new ones are read. */
function recentLogs(functionName) {
  const list = h('ol', { class: 'function-logs', 'aria-label': 'Recent logs of ' + functionName,
    reversed: true });
  const element = h('section', { class: 'logs' }, h('h3', {}, 'Recent logs'), list,
    h('p', { class: 'empty' }, 'No invocations yet.'));
  let last = 0;
  const refresh = async () => {
    const answer = await consoleApi('function-logs', { name: functionName, after: last });
    // Two reads may overlap (the timer and a test invoke): each invocation is shown once.
    for (const invocation of answer.invocations.filter((i) => i.sequence > last)) {
      last = invocation.sequence;
      list.prepend(h('li', { class: 'invocation', 'data-request-id': invocation.requestId },
        h('p', { class: 'invocation-title' }, formatDate(invocation.timestamp), ' · ',
          h('code', {}, invocation.requestId)),
        h('pre', { class: 'code-view small log' }, invocation.log)));
    }
    while (list.children.length > SHOWN) list.lastChild.remove();
    element.lastChild.hidden = list.children.length > 0;
  };
  return { element, refresh };
}
