// ForceAtlas2 in a web worker, driven here rather than by graphology's supervisor: the worker iterates without
// waiting for the page, and the page applies only the latest positions, when the pacer allows. The supervisor
// applied every answer before asking for the next, so on a large graph the page's cost set the layout's pace.
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import * as helpers from 'graphology-layout-forceatlas2/helpers.js';
import workerFunction from 'graphology-layout-forceatlas2/webworker.js';
import type { DataGraph } from '../graph/data-graph.ts';
import { type Extent, layoutMoved } from '../large-graph/layout-refresh.ts';
import { createApplyPacer, type PaceOptions } from './apply-pacer.ts';

/** Floats per node in the worker's matrix (x and y first). */
const PPN = 10;
const SHAPE_EVENTS = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const;

export interface Fa2Worker {
  start(): void;
  /** Applies the latest positions the worker sent, then ends the worker. */
  stop(): void;
  /** Ends the worker without applying anything more. */
  kill(): void;
  isRunning(): boolean;
  /** What the last applied update cost the main thread (writing positions plus the render), in ms. */
  lastApplyCostMs(): number;
}

export function createFa2Worker(graph: DataGraph, chosen: object, pace: PaceOptions): Fa2Worker {
  const settings = { ...defaults, ...chosen };
  const pacer = createApplyPacer(pace);
  let worker: Worker | null = null;
  let running = false;
  // x and y of each node from the worker's newest answer, not yet applied (null: nothing new).
  let latest: Float32Array | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Between an update and the frame that draws it: the cost is not known yet, so nothing else is applied.
  let measuring = false;
  let framePending = false;
  let restart: ReturnType<typeof setTimeout> | undefined;

  // Large mode: positions written without an event, and the renderer told once (large-graph/layout-refresh.ts).
  const writeInPlace = (positions: Float32Array): void => {
    const extent: Extent = {
      x: [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
      y: [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
    };
    let i = 0;
    graph.forEachNode((_node, attributes) => {
      const x = positions[i] ?? 0;
      const y = positions[i + 1] ?? 0;
      attributes.x = x;
      attributes.y = y;
      if (x < extent.x[0]) extent.x[0] = x;
      if (x > extent.x[1]) extent.x[1] = x;
      if (y < extent.y[0]) extent.y[0] = y;
      if (y > extent.y[1]) extent.y[1] = y;
      i += 2;
    });
    layoutMoved.set({ graph, extent });
  };

  const apply = (): void => {
    timer = undefined;
    // A frame asked for before the worker was ended (kill) finds nothing to do.
    if (!running) return;
    const positions = latest;
    latest = null;
    // An answer computed before the graph changed shape belongs to other nodes.
    if (!positions || positions.length !== graph.order * 2) return;
    const start = performance.now();
    if (pace.pauseRatio > 0) writeInPlace(positions);
    else {
      let i = 0;
      // One event for the whole graph, hinted as positions only: sigma re-reads every node and the memoised
      // reducers keep their displays (an unhinted update made them reduce every node again).
      graph.updateEachNodeAttributes(
        (_node, attributes) => {
          attributes.x = positions[i] ?? attributes.x;
          attributes.y = positions[i + 1] ?? attributes.y;
          i += 2;
          return attributes;
        },
        { attributes: ['x', 'y'] },
      );
    }
    const written = performance.now() - start;
    if (pace.pauseRatio === 0 || !running) {
      pacer.record(start, written);
      return;
    }
    measuring = true;
    // Sigma asked for its render frame while the positions were written, so this callback runs after that
    // render, in the same frame; the next frame begins once the browser has also put it on screen (software
    // WebGL does much of its work there). From one frame's start to the next is what drawing the update cost.
    requestAnimationFrame((drawn) => {
      requestAnimationFrame((next) => {
        measuring = false;
        pacer.record(start, written + Math.max(0, next - drawn));
        schedule();
      });
    });
  };

  const schedule = (): void => {
    if (!running || !latest || measuring || timer !== undefined || framePending) return;
    const wait = pacer.waitMs(performance.now());
    if (wait > 0) timer = setTimeout(apply, wait);
    // A paced update that is due goes at once: its own frame is what the pacer measures.
    else if (pace.pauseRatio > 0) apply();
    else {
      // At most one update a frame: a small graph's worker answers far faster than the screen refreshes.
      framePending = true;
      requestAnimationFrame(() => {
        framePending = false;
        apply();
      });
    }
  };

  const onMessage = (event: MessageEvent<{ nodes: ArrayBuffer }>): void => {
    if (!running || !worker || restart !== undefined) return;
    const matrix = new Float32Array(event.data.nodes);
    const order = matrix.length / PPN;
    const positions = latest ?? new Float32Array(order * 2);
    for (let node = 0; node < order; node += 1) {
      positions[node * 2] = matrix[node * PPN] ?? 0;
      positions[node * 2 + 1] = matrix[node * PPN + 1] ?? 0;
    }
    latest = positions;
    // The matrix goes straight back: the worker carries on from its own state while the page waits.
    worker.postMessage({ settings, nodes: matrix.buffer }, [matrix.buffer]);
    schedule();
  };

  const end = (): void => {
    running = false;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (restart !== undefined) clearTimeout(restart);
    restart = undefined;
    for (const event of SHAPE_EVENTS) graph.off(event, onShapeChange);
    worker?.terminate();
    worker = null;
  };

  const begin = (): void => {
    const matrices = helpers.graphToByteArrays(graph, () => 1);
    worker = helpers.createWorker(workerFunction);
    worker.addEventListener('message', onMessage);
    running = true;
    measuring = false;
    latest = null;
    for (const event of SHAPE_EVENTS) graph.on(event, onShapeChange);
    worker.postMessage({ settings, nodes: matrices.nodes.buffer, edges: matrices.edges.buffer }, [
      matrices.nodes.buffer,
      matrices.edges.buffer,
    ]);
  };

  // The worker's matrices follow the graph's shape at the start: nodes or edges added or dropped during a run
  // (an expansion) restart it from the current positions, once per task however many events there were.
  function onShapeChange(): void {
    latest = null;
    if (restart !== undefined) return;
    restart = setTimeout(() => {
      restart = undefined;
      if (!running) return;
      end();
      if (graph.order > 0) begin();
    }, 0);
  }

  return {
    start() {
      if (!running && graph.order > 0) begin();
    },
    stop() {
      if (!running) return;
      if (timer !== undefined) clearTimeout(timer);
      apply();
      end();
    },
    kill: end,
    isRunning: () => running,
    lastApplyCostMs: () => pacer.lastCostMs(),
  };
}
