// How sigma follows a large graph's layout: the worker loop writes positions in place (no graph event, which
// would make sigma reduce every node twice and re-index every edge) and tells the renderer through
// `layoutMoved`; sigma then re-reads the nodes alone, and re-indexes all only when the frame must change.
import type Sigma from 'sigma';
import type { DataGraph } from '../graph/data-graph.ts';
import { createStore } from '../ui/store.ts';

export interface Extent {
  x: [number, number];
  y: [number, number];
}

/** The latest positions a large graph's layout wrote in place, with their extent. */
export const layoutMoved = createStore<{ graph: DataGraph; extent: Extent } | null>(null);

/**
 * Whether the nodes can be redrawn within the frame sigma last computed: all of them inside it, and not so
 * shrunk that the picture would sit small in its middle. Otherwise sigma re-indexes (a new frame, and the
 * edges and label grid with it).
 */
export function fitsFrame(extent: Extent, frame: Extent): boolean {
  const inside =
    extent.x[0] >= frame.x[0] &&
    extent.x[1] <= frame.x[1] &&
    extent.y[0] >= frame.y[0] &&
    extent.y[1] <= frame.y[1];
  const filled =
    extent.x[1] - extent.x[0] >= (frame.x[1] - frame.x[0]) / 2 ||
    extent.y[1] - extent.y[0] >= (frame.y[1] - frame.y[0]) / 2;
  return inside && filled;
}

/** Redraws the nodes sigma shows from `graph` at their new positions, on the next frame. */
export function followLayout(sigma: Sigma, graph: DataGraph, extent: Extent): void {
  const nodes = graph.nodes();
  // Sigma's own test for skipping indexation is "x and y did not change"; within the frame, the only parts
  // of the index that go stale are the label grid (no labels while the layout runs) and the edges (none drawn).
  if (fitsFrame(extent, sigma.getBBox())) {
    try {
      sigma.refresh({ partialGraph: { nodes }, skipIndexation: true, schedule: true });
      return;
    } catch {
      // A node added since sigma last indexed has no place in its programs yet: index everything below.
    }
  }
  sigma.refresh({ partialGraph: { nodes }, schedule: true });
}
