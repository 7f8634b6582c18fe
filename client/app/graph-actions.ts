// Actions on the graph on screen: load, merge (with placement and layout), show a node, follow a key.
import { api } from '../api/api.ts';
import type { GraphPayload } from '../api/types.ts';
import {
  type Added,
  type DataGraph,
  mergePayload,
  networkGraph,
  replacePayload,
} from '../graph/data-graph.ts';
import { createLayoutRunner, type LayoutRunner } from '../layout/layout-runner.ts';
import { loadPositions, placeMissing, savePositions } from '../layout/positions.ts';
import type { Renderer } from '../render/renderer.ts';
import { highlight, selectNode } from './selection-state.ts';

let renderer: Renderer | null = null;
const runners = new Map<DataGraph, LayoutRunner>();
const scopes = new Map<DataGraph, string>();

export function attachRenderer(instance: Renderer): void {
  renderer = instance;
}

export function currentRenderer(): Renderer {
  if (!renderer) throw new Error('The renderer is not ready yet.');
  return renderer;
}

/** The layout runner of the graph on screen (one per graph, keyed by its storage scope). */
export function layoutFor(graph: DataGraph, scope: string): LayoutRunner {
  let runner = runners.get(graph);
  if (!runner) {
    runner = createLayoutRunner(graph, scope, (node) => renderer?.sizeOf(node) ?? 5);
    runners.set(graph, runner);
    scopes.set(graph, scope);
  }
  return runner;
}

export const currentLayout = (): LayoutRunner => {
  const graph = currentRenderer().graph();
  return layoutFor(graph, scopes.get(graph) ?? 'network');
};

/** Fills a graph from a payload; fresh nodes get a quick settle so the first picture is readable. */
export function loadInto(graph: DataGraph, scope: string, payload: GraphPayload, replace = true): Added {
  const runner = layoutFor(graph, scope);
  runner.kill();
  const added = replace ? replacePayload(graph, payload) : mergePayload(graph, payload);
  const fresh = placeMissing(graph, loadPositions(scope));
  if (fresh > 0 && graph.order <= 3000) runner.settle(fresh === graph.order ? 500 : 100);
  return added;
}

/** Merges a payload into the network next to `anchor`, keeping every node already placed where it is. */
export function mergeNear(payload: GraphPayload, anchor?: string): Added {
  const graph = networkGraph;
  const added = mergePayload(graph, payload);
  const at = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : undefined;
  placeMissing(graph, loadPositions('network'), at ? { x: at.x ?? 0, y: at.y ?? 0 } : undefined);
  savePositions('network', graph);
  return added;
}

/** Brings a node on screen (fetching its neighbourhood if it is not there), selects and centres it. */
export async function showNode(key: string): Promise<void> {
  const r = currentRenderer();
  if (!r.graph().hasNode(key) && r.graph() === networkGraph) {
    const { graph } = await api.neighbours(key, { limit: 50 });
    mergeNear(graph);
  }
  if (!r.graph().hasNode(key)) return;
  selectNode(key);
  highlight([key]);
  // Let sigma index the new node before asking for its display position.
  requestAnimationFrame(() => r.centreOn(key));
}
