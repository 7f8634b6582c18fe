// How sigma follows a large graph's layout: the worker loop writes positions in place (no graph event, which
// would make sigma reduce every node twice and re-index every edge) and tells the renderer through
// `layoutMoved`; the positions are then moved into the frame sigma last computed, and sigma re-reads the nodes
// alone, never re-indexing the graph while the layout runs.
import type Sigma from 'sigma';
import type { DataGraph } from '../graph/data-graph.ts';
import { createStore } from '../ui/store.ts';

export interface Extent {
  x: [number, number];
  y: [number, number];
}

/** The latest positions a large graph's layout wrote in place, with their extent. */
export const layoutMoved = createStore<{ graph: DataGraph; extent: Extent } | null>(null);

/** `x' = x * scale + dx` (and y likewise): one scale for both axes, so the layout's shape is kept. */
export interface Mapping {
  scale: number;
  dx: number;
  dy: number;
}

const span = (extent: Extent): number => Math.max(extent.x[1] - extent.x[0], extent.y[1] - extent.y[0]);

/**
 * The map that puts `extent` where `frame` is: the same centre and the same longer side. Sigma normalises
 * positions by exactly these two (its frame's centre and longer side), so the mapped positions, drawn in the
 * old frame, give the picture a re-index would have given, without its cost: a new frame re-processes every
 * edge and rebuilds the label grid (hundreds of ms at 100,000 edges under software WebGL).
 */
export function frameMapping(extent: Extent, frame: Extent): Mapping {
  const from = span(extent);
  const to = span(frame);
  const scale = from > 0 && Number.isFinite(from) && to > 0 && Number.isFinite(to) ? to / from : 1;
  const centre = (range: [number, number]) => (range[0] + range[1]) / 2;
  return {
    scale,
    dx: centre(frame.x) - centre(extent.x) * scale,
    dy: centre(frame.y) - centre(extent.y) * scale,
  };
}

/** Redraws the nodes sigma shows from `graph` at their new positions, on the next frame. */
export function followLayout(sigma: Sigma, graph: DataGraph, extent: Extent): void {
  const { scale, dx, dy } = frameMapping(extent, sigma.getCustomBBox() ?? sigma.getBBox());
  if (Number.isFinite(scale) && Number.isFinite(dx) && Number.isFinite(dy))
    graph.forEachNode((_node, attributes) => {
      attributes.x = (attributes.x ?? 0) * scale + dx;
      attributes.y = (attributes.y ?? 0) * scale + dy;
    });
  const nodes = graph.nodes();
  // Sigma's own test for skipping indexation is "x and y did not change" in its frame; within the frame the
  // only parts of the index that go stale are the label grid (no labels while the layout runs) and the edges
  // (none drawn).
  try {
    sigma.refresh({ partialGraph: { nodes }, skipIndexation: true, schedule: true });
  } catch {
    // A node added since sigma last indexed has no place in its programs yet: index everything.
    sigma.refresh({ partialGraph: { nodes }, schedule: true });
  }
}
