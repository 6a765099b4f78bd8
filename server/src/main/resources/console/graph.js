// Draws a definition's graph (from the console API) as SVG, with zoom and pan. A small graph is
// laid out by dagre in a worker (layout-worker.js); a large one, where dagre would take seconds,
// by layered-layout.js, in milliseconds. In an execution, each state is coloured by its outcome.
import { h, s } from './dom.js';
import { layeredLayout } from './layered-layout.js';

/**
 * Renders `graph` into `container`. `outcomes` maps state names to their outcome, or is null for
 * a definition. `onSelect(stateName)` is called when a state is clicked or chosen with the keyboard.
 */
export async function renderGraph(container, graph, outcomes, onSelect) {
  container.replaceChildren(h('p', { class: 'hint layout-wait' }, 'Laying out the graph…'));
  container.setAttribute('aria-busy', 'true');
  const layout = await layOut(graph);
  const viewport = s('g', { class: 'viewport' });
  const svg = s('svg', {
    class: 'graph', role: 'group', 'aria-label': 'State machine graph',
    tabindex: '0',
  }, defs(), viewport);
  for (const group of graph.groups) drawGroup(viewport, layout.boxes[group.id], group, outcomes);
  layout.edges.forEach((edge) => drawEdge(viewport, edge));
  for (const node of graph.nodes) {
    drawNode(viewport, layout.boxes[node.id], node, outcomes, onSelect);
  }
  container.replaceChildren(svg);
  container.removeAttribute('aria-busy');
  const view = new PanZoom(svg, viewport, layout.width, layout.height);
  view.fit();
  return view;
}

// Above this many nodes dagre's crossing minimisation takes too long (seconds for a few hundred
// states: it grows with the square of the number of ranks).
const LARGE_GRAPH = 120;

// Layouts by the graph's JSON text: the executions of one machine share theirs while the console
// stays open.
const layouts = new Map();
let worker = null;
let requests = 0;

function layOut(graph) {
  if (graph.nodes.length > LARGE_GRAPH) return layeredLayout(graph);
  const key = JSON.stringify(graph);
  if (!layouts.has(key)) {
    worker = worker || new Worker('/console/layout-worker.js', { type: 'module' });
    const id = ++requests;
    layouts.set(key, new Promise((resolve) => {
      const answer = (message) => {
        if (message.data.id !== id) return;
        worker.removeEventListener('message', answer);
        resolve(message.data.layout);
      };
      worker.addEventListener('message', answer);
      worker.postMessage({ id, graph });
    }));
  }
  return layouts.get(key);
}

function defs() {
  const markers = ['next', 'choice', 'default', 'catch', 'retry', 'branch', 'end'].map((kind) =>
    s('marker', {
      id: 'arrow-' + kind, class: 'arrow ' + kind, viewBox: '0 0 10 10', refX: '9', refY: '5',
      markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse',
    }, s('path', { d: 'M0,0 L10,5 L0,10 z' })));
  return s('defs', {}, ...markers);
}

function drawGroup(parent, box, group, outcomes) {
  const status = outcomes && group.kind !== 'branch' ? statusOf(outcomes, group.label) : null;
  const g = s('g', {
    class: 'group ' + group.kind + (status ? ' ' + status : ''),
    'data-kind': 'group ' + group.kind,
    'data-state': group.kind === 'branch' ? null : group.label,
  });
  g.append(s('rect', {
    x: box.x - box.width / 2, y: box.y - box.height / 2, width: box.width, height: box.height,
    rx: 8,
  }));
  const title = group.kind === 'branch' ? group.label : group.kind === 'map' ? 'Map: ' + group.label
    : 'Parallel: ' + group.label;
  g.append(s('text', { x: box.x - box.width / 2 + 8, y: box.y - box.height / 2 + 16 }, title));
  parent.append(g);
}

function drawEdge(parent, edge) {
  const points = edge.points;
  let d = 'M' + points[0].x + ',' + points[0].y;
  for (let i = 1; i < points.length; i++) d += ' L' + points[i].x + ',' + points[i].y;
  const g = s('g', { class: 'edge ' + edge.kind });
  g.append(s('path', { d, 'marker-end': 'url(#arrow-' + edge.kind + ')' }));
  if (edge.label) {
    const text = s('text', { x: edge.x, y: edge.y + 4, 'text-anchor': 'middle' }, edge.label);
    const title = s('title');
    title.textContent = edge.kind + ': ' + edge.fullLabel;
    text.append(title);
    g.append(s('rect', {
      class: 'label-bg', x: edge.x - edge.width / 2, y: edge.y - 8, width: edge.width, height: 16,
      rx: 3,
    }), text);
  }
  parent.append(g);
}

function statusOf(outcomes, stateName) {
  const outcome = outcomes[stateName];
  return outcome ? outcome.status : 'unreached';
}

function drawNode(parent, box, node, outcomes, onSelect) {
  const x = box.x - box.width / 2;
  const y = box.y - box.height / 2;
  if (node.kind === 'start' || node.kind === 'end') {
    parent.append(s('g', { class: 'terminal' },
      s('rect', { x, y, width: box.width, height: box.height, rx: 13 }),
      s('text', { x: box.x, y: box.y + 4, 'text-anchor': 'middle' }, node.label)));
    return;
  }
  const status = outcomes ? statusOf(outcomes, node.state) : 'definition';
  if (node.kind === 'join') {
    parent.append(s('g', { class: 'join ' + status, 'data-kind': 'join', 'data-state': node.state },
      s('circle', { cx: box.x, cy: box.y, r: 7 })));
    return;
  }
  const g = s('g', {
    class: 'state ' + status, tabindex: '0', role: 'button', 'data-state': node.state,
    'data-kind': 'state',
    'aria-label': node.label + ' (' + node.type + ')' + (outcomes ? ', ' + status : ''),
  });
  g.append(
    s('rect', { x, y, width: box.width, height: box.height, rx: 6 }),
    s('text', { class: 'type', x: x + 8, y: box.y + 4 }, typeIcon(node.type)),
    s('text', { x: x + 28, y: box.y + 4 }, node.label));
  const select = () => onSelect && onSelect(node.state);
  g.addEventListener('click', select);
  g.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select();
    }
  });
  parent.append(g);
}

function typeIcon(type) {
  return { Task: '⚙', Choice: '◇', Wait: '◔', Pass: '→', Succeed: '✓', Fail: '✗',
    Parallel: '‖', Map: '↻' }[type] || '•';
}

/** Zoom with the wheel or + and -, pan by dragging or with the arrow keys, 0 to fit. */
class PanZoom {
  constructor(svg, viewport, width, height) {
    Object.assign(this, { svg, viewport, width, height, scale: 1, x: 0, y: 0 });
    svg.addEventListener('wheel', (e) => {
      e.preventDefault();
      const rect = svg.getBoundingClientRect();
      this.zoomAt(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - rect.left, e.clientY - rect.top);
    }, { passive: false });
    svg.addEventListener('pointerdown', (e) => this.startDrag(e));
    svg.addEventListener('keydown', (e) => this.key(e));
  }

  fit() {
    const rect = this.svg.getBoundingClientRect();
    const available = { w: rect.width || 800, h: rect.height || 500 };
    this.scale = Math.min(1.2, available.w / this.width, available.h / this.height);
    this.scale = Math.max(this.scale, 0.35);
    this.x = (available.w - this.width * this.scale) / 2;
    this.y = Math.max(0, (available.h - this.height * this.scale) / 2);
    this.apply();
  }

  zoomAt(factor, cx, cy) {
    const scale = Math.min(4, Math.max(0.05, this.scale * factor));
    this.x = cx - ((cx - this.x) * scale) / this.scale;
    this.y = cy - ((cy - this.y) * scale) / this.scale;
    this.scale = scale;
    this.apply();
  }

  startDrag(e) {
    if (e.target.closest('.state')) return;
    const start = { x: e.clientX - this.x, y: e.clientY - this.y };
    const move = (m) => {
      this.x = m.clientX - start.x;
      this.y = m.clientY - start.y;
      this.apply();
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }

  key(e) {
    const rect = this.svg.getBoundingClientRect();
    const steps = { ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40] };
    if (e.key === '+' || e.key === '=') this.zoomAt(1.2, rect.width / 2, rect.height / 2);
    else if (e.key === '-') this.zoomAt(1 / 1.2, rect.width / 2, rect.height / 2);
    else if (e.key === '0') this.fit();
    else if (steps[e.key] && e.target === this.svg) {
      this.x += steps[e.key][0];
      this.y += steps[e.key][1];
      this.apply();
    } else return;
    e.preventDefault();
  }

  apply() {
    this.viewport.setAttribute('transform',
      'translate(' + this.x + ',' + this.y + ') scale(' + this.scale + ')');
  }
}

/** Colours the states of an already drawn graph by new outcomes, keeping zoom and pan. */
export function updateStatuses(container, outcomes) {
  for (const node of container.querySelectorAll('[data-state]')) {
    const kind = node.dataset.kind;
    const status = statusOf(outcomes, node.dataset.state);
    node.setAttribute('class', kind + ' ' + status + (node.classList.contains('selected') ? ' selected' : ''));
  }
}
