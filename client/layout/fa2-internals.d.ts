// Types for the two internal modules of graphology-layout-forceatlas2 that client/layout/fa2-worker.ts drives.
declare module 'graphology-layout-forceatlas2/webworker.js' {
  /** The worker's whole source as a function: its text becomes a blob worker. */
  const workerFunction: () => void;
  export default workerFunction;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  /** Every setting the worker reads: it gets no defaults of its own, and a missing one turns positions to NaN. */
  const defaults: Record<string, number | boolean>;
  export default defaults;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology-types';
  export function createWorker(fn: () => void): Worker;
  /** Ten floats per node (x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed), three per edge. */
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: () => number,
  ): { nodes: Float32Array; edges: Float32Array };
}
