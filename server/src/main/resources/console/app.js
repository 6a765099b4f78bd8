// The console's router: the URL's hash says what is shown, so a link can be shared.
import { h } from './dom.js';
import { machineList, machineDetail, machineEditor } from './machines.js';
import { executionList, executionDetail } from './executions.js';
import { functionList } from './functions.js';
import { mapRunDetail } from './map-runs.js';
import { showSignedIn, signOut } from './sign-in.js';

const routes = [
  [/^#\/machines\/new$/, () => machineEditor(null)],
  [/^#\/machines\/([^/]+)\/edit$/, (arn) => machineEditor(arn)],
  [/^#\/machines\/([^/?]+)(?:\?(.*))?$/, (arn, query) => machineDetail(arn, params(query))],
  [/^#\/executions\/([^/?]+)$/, (arn) => executionDetail(arn)],
  [/^#\/executions(?:\?(.*))?$/, (query) => executionList(params(query))],
  [/^#\/map-runs\/([^/?]+)$/, (arn) => mapRunDetail(arn)],
  [/^#\/functions$/, () => functionList()],
  [/^(#\/?(machines)?)?$/, () => machineList()],
];

function params(query) {
  return Object.fromEntries(new URLSearchParams(query || ''));
}

let leave = null;

async function show(event) {
  const moved = event instanceof HashChangeEvent;
  if (leave) leave();
  leave = null;
  const main = document.getElementById('main');
  const hash = location.hash;
  for (const [pattern, view] of routes) {
    const match = hash.match(pattern);
    if (!match) continue;
    const args = match.slice(1).map((a) => (a === undefined ? a : decodeURIComponent(a)));
    highlightSection(hash);
    try {
      const shown = await view(...args);
      main.replaceChildren(shown.element);
      // A keyboard user continues in the new page, not at the link that led to it.
      if (moved) main.focus({ preventScroll: true });
      leave = shown.leave || null;
      if (shown.ready) shown.ready();
    } catch (error) {
      main.replaceChildren(h('section', { class: 'page' },
        h('h1', {}, 'Something went wrong'), h('p', { class: 'error', role: 'alert' },
          error.type ? error.type + ': ' + error.message : String(error))));
    }
    return;
  }
  main.replaceChildren(h('section', { class: 'page' }, h('h1', {}, 'Not found'),
    h('p', {}, 'Nothing is shown at ' + hash + '.'), h('a', { href: '#/' }, 'State machines')));
}

function highlightSection(hash) {
  const section = hash.startsWith('#/executions') || hash.startsWith('#/map-runs') ? 'executions'
    : hash.startsWith('#/functions') ? 'functions' : 'machines';
  for (const link of document.querySelectorAll('nav a')) {
    if (link.dataset.section === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

window.addEventListener('hashchange', show);
// Escape closes the expanded details (an event's) that hold the focus, and gives the focus back
// to their summary; pages close their own panels (executions.js: a state's details).
document.addEventListener('keydown', (event) => {
  const open = event.key === 'Escape' && document.activeElement.closest('details[open]');
  if (!open) return;
  open.open = false;
  open.querySelector('summary').focus();
});
document.getElementById('sign-out').addEventListener('click', () => {
  if (leave) leave();
  leave = null;
  signOut(show);
});
showSignedIn();
show();
