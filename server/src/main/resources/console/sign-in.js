// Asks for an access key pair when the server requires signed requests: a modal dialog whose
// answer becomes this tab's signing keys (see signing.js). Calls waiting for keys share one dialog.
// Once signed in, the header's Sign out button forgets the keys and asks again.
import { h } from './dom.js';
import { currentKeys, forgetKeys, rememberKeys } from './signing.js';

/** Shows the header's Sign out button while this tab has signing keys. */
export function showSignedIn() {
  const button = document.getElementById('sign-out');
  const keys = currentKeys();
  button.hidden = !keys;
  button.title = keys ? 'Signed in as ' + keys.accessKeyId : '';
}

/**
 * Forgets this tab's signing keys, clears what the page showed and asks for a key pair again;
 * once given, `then` shows the page anew.
 */
export async function signOut(then) {
  forgetKeys();
  showSignedIn();
  document.getElementById('main').replaceChildren();
  await askForKeys('');
  then();
}

let asking = null;

/** Resolves once the user has given a key pair; `problem` says why the last one was refused. */
export function askForKeys(problem) {
  asking = asking || new Promise((resolve) => showDialog(problem, () => {
    asking = null;
    resolve();
  }));
  return asking;
}

function showDialog(problem, done) {
  const field = (id, label, attributes) => [h('label', { for: id }, label),
    h('input', { id, required: 'required', autocomplete: 'off', spellcheck: 'false', ...attributes })];
  const status = h('p', { class: 'error', role: 'alert' }, problem || '');
  const form = h('form', { method: 'dialog', class: 'form' },
    h('h2', { id: 'sign-in-title' }, 'Sign in'),
    h('p', {}, 'This server requires signed requests. Give an access key pair from its '
      + 'credentials; the console keeps only signing keys derived from it, for this tab and today.'),
    field('access-key-id', 'Access key ID', {}),
    field('secret-access-key', 'Secret access key', { type: 'password' }),
    field('region', 'Region', { value: 'us-east-1' }),
    h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' }, 'Sign in')),
    status);
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'sign-in-title' }, form);
  dialog.addEventListener('cancel', (event) => event.preventDefault());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (id) => form.querySelector('#' + id).value.trim();
    try {
      await rememberKeys(value('access-key-id'), value('secret-access-key'), value('region'));
    } catch (error) {
      status.textContent = error.message;
      return;
    }
    dialog.close();
    dialog.remove();
    showSignedIn();
    done();
  });
  document.body.append(dialog);
  dialog.showModal();
}
