// ForceAtlas2 in its web worker as an owned resource: start, stop (noverlap, then save positions), kill.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import type { DataGraph } from '../graph/data-graph.ts';
import { interopDefault } from '../graph/interop.ts';
import { LARGE_LAYOUT, largeGraph } from '../large-graph/large-mode.ts';
import { createStore } from '../ui/store.ts';
import { UNPACED } from './apply-pacer.ts';
import { createFa2Worker, type Fa2Worker } from './fa2-worker.ts';
import { ringIsolated, savePositions } from './positions.ts';

const forceAtlas2 = interopDefault(forceAtlas2Module);
const noverlap = interopDefault(noverlapModule);

export const layoutRunning = createStore(false);

export interface LayoutRunner {
  start(): void;
  stop(): void;
  /** Ends the worker for good (the graph is being replaced or the page closes). */
  kill(): void;
  /** A quick synchronous pass for small fresh graphs, so the first picture is already readable. */
  settle(iterations?: number): void;
}

export function createLayoutRunner(
  graph: DataGraph,
  scope: string,
  sizeOf: (node: string) => number,
): LayoutRunner {
  let supervisor: Fa2Worker | null = null;
  // In large mode the run is bounded in time too; the budget goes with the worker.
  let budget: ReturnType<typeof setTimeout> | undefined;
  const release = (): void => {
    if (budget !== undefined) clearTimeout(budget);
    budget = undefined;
  };

  const separate = (): void => {
    if (graph.order === 0 || graph.order > 5000) return;
    noverlap.assign(graph, {
      maxIterations: 60,
      settings: { margin: 3, ratio: 1.1 },
      inputReducer: (key, attributes) => ({ x: attributes.x, y: attributes.y, size: sizeOf(key) }),
    });
  };
  // More repulsion than inferred on small graphs: a news graph's dense core of leaders otherwise piles up.
  const settings = () => ({
    ...forceAtlas2.inferSettings(graph),
    scalingRatio: graph.order < 500 ? 30 : 10,
    barnesHutOptimize: graph.order > 1000,
  });

  const runner: LayoutRunner = {
    start() {
      if (graph.order === 0) return;
      if (!supervisor) {
        const large = largeGraph.get();
        // A large graph's updates are paced by what they cost the page; a small one's come as computed.
        supervisor = createFa2Worker(graph, settings(), large ? LARGE_LAYOUT.pace : UNPACED);
        // A large graph's layout would otherwise hold the CPU until someone remembers to stop it.
        if (large) budget = setTimeout(() => runner.stop(), LARGE_LAYOUT.budgetMs);
      }
      supervisor.start();
      layoutRunning.set(true);
    },
    stop() {
      release();
      // The last positions the worker sent are applied; the next start builds a fresh worker.
      supervisor?.stop();
      supervisor = null;
      separate();
      savePositions(scope, graph);
      layoutRunning.set(false);
    },
    kill() {
      release();
      supervisor?.kill();
      supervisor = null;
      layoutRunning.set(false);
    },
    settle(iterations = 400) {
      if (graph.order === 0) return;
      forceAtlas2.assign(graph, { iterations, settings: settings(), getEdgeWeight: null });
      ringIsolated(graph);
      separate();
      savePositions(scope, graph);
    },
  };
  return runner;
}
