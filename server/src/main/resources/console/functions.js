// The local Lambda functions, read through the Lambda API on the same port, with a test invoke.
import { h, pretty } from './dom.js';
import { jsonEditor } from './editor.js';
import { send } from './api.js';

export async function functionList() {
  const response = await send('lambda', 'GET', '/2015-03-31/functions/');
  const body = await response.json();
  const functions = body.Functions || [];
  const element = h('section', { class: 'page' }, h('h1', {}, 'Functions'),
    functions.length === 0
      ? h('p', { class: 'empty' }, 'No local Lambda functions. Create one with aws lambda create-function.')
      : functions.map(functionCard));
  return { element };
}

function functionCard(f) {
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
      log ? [h('h3', {}, 'Log'), h('pre', { class: 'code-view small' }, atob(log))] : null);
  };
  return h('article', { class: 'card' },
    h('h2', {}, f.FunctionName),
    h('dl', { class: 'facts' },
      ['Runtime', 'Handler', 'MemorySize', 'Timeout', 'LastModified'].map((key) =>
        [h('dt', {}, key), h('dd', {}, String(f[key] ?? ''))]),
      h('dt', {}, 'Environment'), h('dd', {}, h('code', {}, JSON.stringify((f.Environment || {}).Variables || {})))),
    h('form', { class: 'form', onSubmit: invoke }, h('span', { class: 'label' }, 'Test event'),
      editor.element, h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Test invoke'))),
    result);
}
