// State machines: the list, one machine (graph, definition, executions), and the editor.
import { h, pretty, formatDate } from './dom.js';
import { sfn, consoleApi } from './api.js';
import { renderGraph } from './graph.js';
import { jsonEditor } from './editor.js';
import { executionTable, startDialog } from './executions.js';

export async function machineList() {
  const page = await consoleApi('state-machines', { limit: 1000 });
  const count = (m, status) => h('td', { class: 'count' }, h('a', {
    href: machineLink(m.stateMachineArn) + '?tab=executions&status=' + status,
  }, String(m.executionCounts[status] || 0)));
  const rows = page.stateMachines.map((m) => h('tr', {},
    h('td', {}, h('a', { href: machineLink(m.stateMachineArn) }, m.name)),
    h('td', {}, m.type),
    h('td', {}, formatDate(m.creationDate)),
    count(m, 'RUNNING'), count(m, 'SUCCEEDED'), count(m, 'FAILED')));
  const element = h('section', { class: 'page' },
    h('div', { class: 'title-row' }, h('h1', {}, 'State machines'),
      h('a', { class: 'button primary', href: '#/machines/new' }, 'Create state machine')),
    rows.length === 0
      ? h('p', { class: 'empty' }, 'No state machines yet. Create one, or use the AWS CLI.')
      : h('table', { class: 'list' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Type'),
          h('th', { scope: 'col' }, 'Created'), h('th', { scope: 'col' }, 'Running'),
          h('th', { scope: 'col' }, 'Succeeded'), h('th', { scope: 'col' }, 'Failed'))),
        h('tbody', {}, rows)));
  return { element };
}

export function machineLink(arn) {
  return '#/machines/' + encodeURIComponent(arn);
}

export async function machineDetail(arn, query) {
  const detail = await consoleApi('state-machine', { arn });
  const machine = detail.stateMachine;
  const tab = query.tab || 'graph';
  const tabs = ['graph', 'definition', 'executions'].map((name) => h('a', {
    role: 'tab', href: machineLink(arn) + '?tab=' + name,
    'aria-selected': String(tab === name), class: tab === name ? 'tab active' : 'tab',
  }, name[0].toUpperCase() + name.slice(1)));
  const body = h('div', { class: 'tab-body', role: 'tabpanel' });
  const element = h('section', { class: 'page' },
    h('p', { class: 'crumbs' }, h('a', { href: '#/machines' }, 'State machines'), ' / ', machine.name),
    h('div', { class: 'title-row' },
      h('h1', {}, machine.name, ' ', h('span', { class: 'badge' }, machine.type)),
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: machineLink(arn) + '/edit' }, 'Edit'),
        h('button', { class: 'primary', type: 'button', onClick: () => startDialog(machine) },
          'Start execution'))),
    h('dl', { class: 'facts' },
      h('dt', {}, 'ARN'), h('dd', {}, h('code', {}, arn)),
      h('dt', {}, 'Created'), h('dd', {}, formatDate(machine.creationDate)),
      h('dt', {}, 'Versions'), h('dd', {}, detail.versions.map((v) => 'v' + v.number).join(', ') || 'none'),
      h('dt', {}, 'Aliases'), h('dd', {}, detail.aliases.map((a) => a.name).join(', ') || 'none')),
    h('div', { class: 'tabs', role: 'tablist' }, tabs), body);
  const ready = async () => {
    if (tab === 'graph') {
      body.append(h('div', { class: 'graph-box' }));
      renderGraph(body.firstChild, detail.graph, null, null);
    } else if (tab === 'definition') {
      body.append(h('pre', { class: 'code-view' }, pretty(detail.definition)));
    } else {
      body.append((await executionTable({ stateMachineArn: arn, ...query })).element);
    }
  };
  return { element, ready };
}

const EXAMPLE = JSON.stringify({
  Comment: 'A first state machine',
  StartAt: 'Hello',
  States: { Hello: { Type: 'Pass', Result: 'Hello, World!', End: true } },
}, null, 2);

export async function machineEditor(arn) {
  const existing = arn ? await consoleApi('state-machine', { arn }) : null;
  const name = h('input', { id: 'machine-name', required: true, value: existing ? existing.stateMachine.name : '',
    disabled: Boolean(existing), pattern: '[A-Za-z0-9_-]{1,80}' });
  const type = h('select', { id: 'machine-type', disabled: Boolean(existing) },
    h('option', { value: 'STANDARD' }, 'Standard'), h('option', { value: 'EXPRESS' }, 'Express'));
  if (existing) type.value = existing.stateMachine.type;
  const role = h('input', { id: 'machine-role', value: 'arn:aws:iam::123456789012:role/StepwiseConsole' });
  const editor = jsonEditor('Definition', existing ? pretty(existing.definition) : EXAMPLE, 22);
  const status = h('p', { class: 'status', role: 'status' });
  const save = async (event) => {
    event.preventDefault();
    status.textContent = '';
    if (editor.parse().error) return;
    const check = await sfn('ValidateStateMachineDefinition',
      { definition: editor.value(), type: type.value });
    editor.show(check.diagnostics || []);
    if (check.result !== 'OK') {
      status.textContent = 'The definition has problems; see them below the editor.';
      return;
    }
    try {
      const target = existing
        ? (await sfn('UpdateStateMachine', { stateMachineArn: arn, definition: editor.value() }), arn)
        : (await sfn('CreateStateMachine', { name: name.value, type: type.value,
          definition: editor.value(), roleArn: role.value })).stateMachineArn;
      location.hash = machineLink(target);
    } catch (error) {
      status.textContent = error.type + ': ' + error.message;
    }
  };
  const element = h('section', { class: 'page' },
    h('p', { class: 'crumbs' }, h('a', { href: '#/machines' }, 'State machines'), ' / ',
      existing ? 'Edit ' + existing.stateMachine.name : 'New'),
    h('h1', {}, existing ? 'Edit ' + existing.stateMachine.name : 'Create state machine'),
    h('form', { class: 'form', onSubmit: save },
      h('label', { for: 'machine-name' }, 'Name'), name,
      h('label', { for: 'machine-type' }, 'Type'), type,
      existing ? null : [h('label', { for: 'machine-role' }, 'Role ARN'), role],
      h('span', { class: 'label' }, 'Definition (Amazon States Language)'), editor.element,
      h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' },
        existing ? 'Save' : 'Create'), h('a', { class: 'button', href: existing ? machineLink(arn) : '#/machines' }, 'Cancel')),
      status));
  return { element };
}
