// Lays graphs out with dagre off the page's thread, so that a large machine does not freeze the
// page: it receives {id, graph} and answers {id, layout} with plain boxes and edge points.
importScripts('/console/vendor/dagre.min.js');

onmessage = (message) => {
  const { id, graph } = message.data;
  postMessage({ id, layout: layOut(graph) });
};

function layOut(graph) {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 36, marginx: 16, marginy: 16 });
  for (const group of graph.groups) {
    g.setNode(group.id, { paddingTop: 28 });
    if (group.parent) g.setParent(group.id, group.parent);
  }
  for (const node of graph.nodes) {
    g.setNode(node.id, nodeSize(node));
    if (node.group) g.setParent(node.id, node.group);
  }
  graph.edges.forEach((edge, i) => {
    const label = shortLabel(edge.label);
    g.setEdge(edge.from, edge.to, {
      kind: edge.kind, label, fullLabel: edge.label,
      width: label ? label.length * 6.2 + 8 : 0, height: label ? 16 : 0, labelpos: 'c',
    }, 'e' + i);
  });
  dagre.layout(g);
  const boxes = {};
  for (const id of g.nodes()) {
    const { x, y, width, height } = g.node(id);
    boxes[id] = { x, y, width, height };
  }
  const edges = g.edges().map((e) => {
    const { kind, label, fullLabel, points, x, y, width } = g.edge(e);
    return { kind, label, fullLabel, points, x, y, width };
  });
  return { width: g.graph().width, height: g.graph().height, boxes, edges };
}

function nodeSize(node) {
  if (node.kind === 'start' || node.kind === 'end') return { width: 56, height: 26 };
  if (node.kind === 'join') return { width: 14, height: 14 };
  return { width: Math.max(110, node.label.length * 7.4 + 52), height: 36 };
}

function shortLabel(label) {
  if (!label) return '';
  return label.length > 34 ? label.slice(0, 33) + '…' : label;
}
