// Lays graphs out with dagre off the page's thread, so that dagre's work on a machine of a hundred
// states does not freeze the page: it receives {id, graph} and answers {id, layout} with plain
// boxes and edge points. It is a module worker; dagre, a browser script, sets self.dagre when it
// is first imported.
import { edgeLabel, nodeSize } from './sizes.js';

onmessage = async (message) => {
  const { id, graph } = message.data;
  await import('/console/vendor/dagre.min.js');
  postMessage({ id, layout: layOut(graph) });
};

function layOut(graph) {
  const g = new self.dagre.graphlib.Graph({ compound: true, multigraph: true });
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
    const label = edgeLabel(edge.label);
    g.setEdge(edge.from, edge.to, {
      kind: edge.kind, label: label.text, fullLabel: edge.label,
      width: label.width, height: label.text ? 16 : 0, labelpos: 'c',
    }, 'e' + i);
  });
  self.dagre.layout(g);
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
