// A layered layout for large graphs that takes milliseconds where dagre's crossing minimisation
// takes seconds (it grows with the square of the number of ranks). Each group (a Parallel, its branches, a Map) is laid out on its own, from the inside
// out, and then placed as one box in its parent, so nesting stays intact. Within a group, states
// are ranked by their longest path from the group's first state (edges that go back are ignored
// for ranking), ordered within a rank by where their predecessors are, and placed under them.
// An edge goes straight down, with one bend, when no state is in its way; others (skipping
// states, going back up) run in a lane to the right of what they pass, and Retry
// edges are loops on the right of their state. The answer has dagre's shape (see layout-worker.js).
import { edgeLabel, nodeSize } from './sizes.js';

const RANK_GAP = 50;
const NODE_GAP = 28;
const GROUP_PADDING = 16;
const GROUP_TITLE = 28;
const LANE_GAP = 14;

/** Lays `graph` (from the console API) out: {width, height, boxes, edges}, as dagre would. */
export function layeredLayout(graph) {
  const parentOf = new Map();
  const members = new Map([[null, []]]);
  for (const group of graph.groups) members.set(group.id, []);
  for (const group of graph.groups) {
    parentOf.set(group.id, group.parent || null);
    members.get(group.parent || null).push(group.id);
  }
  for (const node of graph.nodes) {
    parentOf.set(node.id, node.group || null);
    members.get(node.group || null).push(node.id);
  }
  const sizes = new Map(graph.nodes.map((node) => [node.id, nodeSize(node)]));
  const relative = new Map();
  const entries = new Set();
  const edgesAt = edgesByContainer(graph.edges, parentOf, entries);
  layOutContainer(null, members, edgesAt, entries, sizes, relative);
  const boxes = {};
  place(null, 0, 0, members, relative, sizes, boxes);
  const root = sizes.get(null);
  const edges = routeEdges(graph, boxes);
  const width = Math.max(root.width, ...edges.map((e) => e.right || 0)) + 16;
  return { width, height: root.height, boxes, edges };
}

/** The chain of containers from `id` up to the root, `id` first. */
function ancestry(id, parentOf) {
  const chain = [id];
  while (parentOf.get(chain[chain.length - 1]) !== null) {
    chain.push(parentOf.get(chain[chain.length - 1]));
  }
  chain.push(null);
  return chain;
}

/**
 * Files each edge under the innermost container holding both its ends, as an edge between that
 * container's members (a node, or the group the end lies in). Retry edges go back to their own
 * state and take no part in ranking. Adds to `entries` the members that edges from outside their
 * container enter by, such as a Parallel state's own node, where its group starts.
 */
function edgesByContainer(edges, parentOf, entries) {
  const byContainer = new Map();
  for (const edge of edges) {
    if (edge.from === edge.to || edge.kind === 'retry') continue;
    const up = ancestry(edge.from, parentOf);
    const down = ancestry(edge.to, parentOf);
    const shared = up.find((container, i) => i > 0 && down.includes(container));
    const from = up[up.indexOf(shared) - 1];
    const to = down[down.indexOf(shared) - 1];
    down.slice(0, down.indexOf(shared) - 1).forEach((member) => entries.add(member));
    if (from === to) continue;
    if (!byContainer.has(shared)) byContainer.set(shared, []);
    byContainer.get(shared).push([from, to]);
  }
  return byContainer;
}

function layOutContainer(container, members, edgesAt, entries, sizes, relative) {
  const own = members.get(container);
  for (const member of own) {
    if (members.has(member)) layOutContainer(member, members, edgesAt, entries, sizes, relative);
  }
  const edges = edgesAt.get(container) || [];
  const ranks = rank(own, edges, entries);
  const positions = positionRanks(ranks, edges, sizes);
  let left = Infinity;
  let right = -Infinity;
  let bottom = 0;
  for (const [member, { x, y }] of positions) {
    const size = sizes.get(member);
    left = Math.min(left, x - size.width / 2);
    right = Math.max(right, x + size.width / 2);
    bottom = Math.max(bottom, y + size.height / 2);
  }
  const top = container === null ? 16 : GROUP_TITLE;
  const side = container === null ? 16 : GROUP_PADDING;
  for (const [member, { x, y }] of positions) {
    relative.set(member, { x: x - left + side, y: y + top });
  }
  sizes.set(container, { width: right - left + 2 * side, height: bottom + top + side });
}

/**
 * Ranks by longest path over the edges that do not go back; answers the members rank by rank, in
 * the definition's order within a rank.
 */
function rank(own, edges, entries) {
  const next = new Map(own.map((member) => [member, []]));
  for (const [from, to] of edges) next.get(from).push(to);
  const order = depthFirstOrder(own, next, entries);
  const index = new Map(order.map((member, i) => [member, i]));
  const rankOf = new Map(own.map((member) => [member, 0]));
  for (const member of order) {
    for (const to of next.get(member)) {
      if (index.get(to) > index.get(member)) {
        rankOf.set(to, Math.max(rankOf.get(to), rankOf.get(member) + 1));
      }
    }
  }
  const ranks = [];
  for (const member of own) {
    const r = rankOf.get(member);
    while (ranks.length <= r) ranks.push([]);
    ranks[r].push(member);
  }
  return ranks;
}

/**
 * The members in reverse post-order of a depth-first walk (a topological order once the edges
 * that close cycles are left out), iteratively so that long chains do not overflow the stack.
 * The walk starts where the container is entered, or else at members nothing leads to.
 */
function depthFirstOrder(own, next, entries) {
  const targets = new Set([...next.values()].flat());
  const starts = [...own.filter((member) => entries.has(member)),
    ...own.filter((member) => !targets.has(member)), ...own];
  const visited = new Set();
  const post = [];
  for (const start of starts) {
    if (visited.has(start)) continue;
    visited.add(start);
    const stack = [[start, 0]];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const targets = next.get(top[0]);
      if (top[1] < targets.length) {
        const to = targets[top[1]++];
        if (!visited.has(to)) {
          visited.add(to);
          stack.push([to, 0]);
        }
      } else {
        post.push(stack.pop()[0]);
      }
    }
  }
  return post.reverse();
}

/** Centres of the members, each rank under the one before, each member under its predecessors. */
function positionRanks(ranks, edges, sizes) {
  const previous = new Map();
  for (const [from, to] of edges) {
    if (!previous.has(to)) previous.set(to, []);
    previous.get(to).push(from);
  }
  const positions = new Map();
  let y = 0;
  for (const members of ranks) {
    const height = Math.max(...members.map((m) => sizes.get(m).height));
    const wanted = members.map((m) => ({ member: m, x: wantedX(m, previous, positions) }));
    wanted.sort((a, b) => a.x - b.x);
    let edge = -Infinity;
    let shift = 0;
    const placed = wanted.map(({ member, x }) => {
      const width = sizes.get(member).width;
      const at = Math.max(x, edge + width / 2);
      edge = at + width / 2 + NODE_GAP;
      shift += at - x;
      return { member, x: at };
    });
    for (const { member, x } of placed) {
      positions.set(member, { x: x - shift / placed.length, y: y + sizes.get(member).height / 2 });
    }
    y += height + RANK_GAP;
  }
  return positions;
}

function wantedX(member, previous, positions) {
  const placed = (previous.get(member) || []).filter((p) => positions.has(p));
  if (!placed.length) return 0;
  return placed.reduce((sum, p) => sum + positions.get(p).x, 0) / placed.length;
}

/** Turns positions relative to each container into absolute boxes, as dagre gives them. */
function place(container, left, top, members, relative, sizes, boxes) {
  for (const member of members.get(container)) {
    const size = sizes.get(member);
    const at = relative.get(member);
    const x = left + at.x;
    const y = top + at.y;
    boxes[member] = { x, y, width: size.width, height: size.height };
    if (members.has(member)) {
      place(member, x - size.width / 2, y - size.height / 2, members, relative, sizes, boxes);
    }
  }
}

function routeEdges(graph, boxes) {
  const nodeBoxes = graph.nodes.map((node) => boxes[node.id]);
  return graph.edges.map((edge, i) => {
    const label = edgeLabel(edge.label);
    const from = boxes[edge.from];
    const to = boxes[edge.to];
    const route = edge.from === edge.to ? loop(from, label)
      : clearBelow(from, to, nodeBoxes) ? straight(from, to, label)
        : lane(from, to, label, nodeBoxes, (i % 4) * 6);
    return { kind: edge.kind, label: label.text, fullLabel: edge.label, width: label.width, ...route };
  });
}

/** Whether `to` is below `from` with no node in between, where a straight edge would go. */
function clearBelow(from, to, nodeBoxes) {
  const top = from.y + from.height / 2;
  const bottom = to.y - to.height / 2;
  const left = Math.min(from.x, to.x);
  const right = Math.max(from.x, to.x);
  return bottom > top && !nodeBoxes.some((box) => box.y + box.height / 2 > top
    && box.y - box.height / 2 < bottom && box.x + box.width / 2 >= left
    && box.x - box.width / 2 <= right);
}

function straight(from, to, label) {
  const start = { x: from.x, y: from.y + from.height / 2 };
  const end = { x: to.x, y: to.y - to.height / 2 };
  const bend = start.y + Math.min(12, (end.y - start.y) / 3);
  const points = start.x === end.x ? [start, end]
    : [start, { x: start.x, y: bend }, { x: end.x, y: bend }, end];
  return { points, x: end.x, y: (bend + end.y) / 2 + (label.text ? 2 : 0) };
}

/** A route in a lane right of every node box between the two ends. */
function lane(from, to, label, nodeBoxes, offset) {
  const low = Math.min(from.y, to.y);
  const high = Math.max(from.y, to.y);
  let right = Math.max(from.x + from.width / 2, to.x + to.width / 2);
  for (const box of nodeBoxes) {
    if (box.y + box.height / 2 >= low && box.y - box.height / 2 <= high) {
      right = Math.max(right, box.x + box.width / 2);
    }
  }
  const x = right + LANE_GAP + offset;
  const points = [{ x: from.x + from.width / 2, y: from.y }, { x, y: from.y }, { x, y: to.y },
    { x: to.x + to.width / 2, y: to.y }];
  return { points, x: x + label.width / 2 + 4, y: (from.y + to.y) / 2, right: x + label.width + 8 };
}

function loop(box, label) {
  const right = box.x + box.width / 2;
  const top = box.y - box.height / 4;
  const bottom = box.y + box.height / 4;
  const points = [{ x: right, y: top }, { x: right + 18, y: top }, { x: right + 18, y: bottom },
    { x: right, y: bottom }];
  return { points, x: right + 22 + label.width / 2, y: box.y, right: right + 26 + label.width };
}
