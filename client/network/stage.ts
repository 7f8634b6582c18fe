// The graphs on screen: owns the network and who-met-whom graphs, their layout runners and the renderer.
import type { GraphPayload } from '../api/types.ts';
import {
  type Added,
  createDataGraph,
  type DataGraph,
  mergePayload,
  replacePayload,
} from '../graph/data-graph.ts';
import { type Communities, communityOf, communityView } from '../large-graph/communities.ts';
import { type CommunityJob, communitiesInWorker } from '../large-graph/communities-in-worker.ts';
import { pageHoldLimit } from '../large-graph/large-mode.ts';
import { createLayoutRunner, type LayoutRunner, layoutRunning } from '../layout/layout-runner.ts';
import { loadPositions, placeMissing, savePositions } from '../layout/positions.ts';
import { createRenderer, type Renderer } from '../render/renderer.ts';
import { createStore, type Store } from '../ui/store.ts';

/** The two graphs the Explorer can show; each name is also where its positions are kept. */
export type GraphScope = 'network' | 'meetings';

export interface Stage {
  readonly renderer: Renderer;
  graph(scope: GraphScope): DataGraph;
  /** Which graph is on screen. */
  onScreen(): GraphScope;
  show(scope: GraphScope): void;
  /** The layout runner of the graph on screen. */
  layout(): LayoutRunner;
  /** Fills a graph from a payload; fresh nodes get a quick settle so the first picture is readable. */
  load(scope: GraphScope, payload: GraphPayload, replace?: boolean): Added;
  /**
   * Puts a community's members in place of its super-node (the network holds communities when a payload was
   * over the hold limit (50,000 nodes)). False when `key` is not a closed community.
   */
  openCommunity(key: string): boolean;
  /** Merges a payload into the network next to `anchor`, keeping every node already placed where it is. */
  mergeNear(payload: GraphPayload, anchor?: string): Added;
  /** Ends every layout worker (the page is closing). */
  kill(): void;
  /** A counter that moves once after every change of what is on screen (graph contents or which graph). */
  readonly changes: Store<number>;
}

/** Many graph events in one task (a whole payload merged) make one change, told in a microtask. */
function changeCounter(graphs: DataGraph[]): { changes: Store<number>; touch(): void } {
  const changes = createStore(0);
  let pending = false;
  const touch = (): void => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      changes.update((n) => n + 1);
    });
  };
  const events = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const;
  for (const graph of graphs) for (const event of events) graph.on(event, touch);
  return { changes, touch };
}

/** Builds the stage with the network filled from `first`, so sigma indexes the first graph in one go. */
export function createStage(container: HTMLElement, first: GraphPayload): Stage {
  const graphs: Record<GraphScope, DataGraph> = { network: createDataGraph(), meetings: createDataGraph() };
  let renderer: Renderer | undefined;
  const sizeOf = (node: string): number => renderer?.sizeOf(node) ?? 5;
  const runners: Record<GraphScope, LayoutRunner> = {
    network: createLayoutRunner(graphs.network, 'network', sizeOf),
    meetings: createLayoutRunner(graphs.meetings, 'meetings', sizeOf),
  };
  let onScreen: GraphScope = 'network';
  const { changes, touch } = changeCounter([graphs.network, graphs.meetings]);

  // The whole graph behind a community view, and which communities are shown as their members.
  let held: { communities: Communities; open: Set<number> } | null = null;
  // Communities being found in a worker for the latest payload over the hold limit.
  let finding: CommunityJob | null = null;

  const fill = (
    scope: GraphScope,
    payload: GraphPayload,
    replace: boolean,
    placed: Record<string, [number, number]> = {},
  ): Added => {
    const graph = graphs[scope];
    runners[scope].kill();
    const added = replace ? replacePayload(graph, payload) : mergePayload(graph, payload);
    const fresh = placeMissing(graph, { ...loadPositions(scope), ...placed });
    if (fresh > 0 && graph.order <= 3000) runners[scope].settle(fresh === graph.order ? 500 : 100);
    return added;
  };
  const showCommunities = (): Added => {
    if (!held) return { nodes: [], edges: [] };
    const { payload, positions } = communityView(held.communities, held.open);
    // What is on screen stays where it is (a layout may have moved it); the newly opened members spiral.
    graphs.network.forEachNode((node, { x, y }) => {
      if (typeof x === 'number' && typeof y === 'number') positions[node] = [x, y];
    });
    return fill('network', payload, true, positions);
  };
  const load = (scope: GraphScope, payload: GraphPayload, replace = true): Added => {
    if (scope === 'network' && replace) {
      held = null;
      finding?.cancel();
      finding = null;
    }
    // More than the browser should draw: its communities instead, opened one at a time. Louvain takes
    // seconds at that size, in a worker; the network stays empty until they arrive.
    if (scope === 'network' && payload.nodes.length > pageHoldLimit) {
      const job = communitiesInWorker(payload);
      finding = job;
      job.result.then(
        (communities) => {
          if (finding !== job) return;
          finding = null;
          held = { communities, open: new Set() };
          showCommunities();
        },
        (error: unknown) => console.error(error),
      );
      return fill('network', { ...payload, nodes: [], edges: [] }, true);
    }
    return fill(scope, payload, replace);
  };

  load('network', first);
  const mounted = createRenderer(container, graphs.network);
  renderer = mounted;

  return {
    renderer: mounted,
    graph: (scope) => graphs[scope],
    onScreen: () => onScreen,
    show(scope) {
      if (scope === onScreen) return;
      // A running layout belongs to the graph leaving the screen: stop it there and keep its positions.
      if (layoutRunning.get()) runners[onScreen].stop();
      onScreen = scope;
      mounted.setGraph(graphs[scope]);
      touch();
    },
    layout: () => runners[onScreen],
    load,
    openCommunity(key) {
      const id = communityOf(key);
      if (!held || id === null || held.open.has(id) || !graphs.network.hasNode(key)) return false;
      held.open.add(id);
      showCommunities();
      return true;
    },
    mergeNear(payload, anchor) {
      const graph = graphs.network;
      const added = mergePayload(graph, payload);
      const at = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : undefined;
      const centre = at && anchor ? { x: at.x ?? 0, y: at.y ?? 0, key: anchor } : undefined;
      placeMissing(graph, loadPositions('network'), centre);
      savePositions('network', graph);
      return added;
    },
    kill() {
      runners.network.kill();
      runners.meetings.kill();
    },
    changes,
  };
}
