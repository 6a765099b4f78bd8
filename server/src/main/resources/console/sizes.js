// The sizes of what a graph draws, shared by both layouts (dagre in layout-worker.js and
// layered-layout.js), so that the boxes they lay out fit what graph.js draws in them.

/** The width and height of a node's box. */
export function nodeSize(node) {
  if (node.kind === 'start' || node.kind === 'end') return { width: 56, height: 26 };
  if (node.kind === 'join') return { width: 14, height: 14 };
  return { width: Math.max(110, node.label.length * 7.4 + 52), height: 36 };
}

/** An edge's label as drawn, shortened when long, with its width. */
export function edgeLabel(label) {
  const text = !label ? '' : label.length > 34 ? label.slice(0, 33) + '…' : label;
  return { text, width: text ? text.length * 6.2 + 8 : 0 };
}
