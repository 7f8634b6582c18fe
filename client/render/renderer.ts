// Owns the sigma instance: settings, the mode (normal or large), and refreshing when data or UI state change.
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { filters } from '../filters/filters-state.ts';
import type { DataGraph } from '../graph/data-graph.ts';
import { nodeSizes, parallelCurvature } from '../graph/metrics.ts';
import { isLarge, largeGraph, pageOverride } from '../large-graph/large-mode.ts';
import { followLayout, layoutMoved } from '../large-graph/layout-refresh.ts';
import { modeSettings, pauseForLayout } from '../large-graph/mode-settings.ts';
import { redrawWhenStill } from '../large-graph/redraw-when-still.ts';
import { layoutRunning } from '../layout/layout-runner.ts';
import { selection } from '../selection/selection-state.ts';
import { view } from '../view/view-state.ts';
import { type MemoReducers, memoReducers } from './memo-reducers.ts';
import { focusOf, type RenderContext, reduceEdge, reduceNode } from './reducers.ts';
import { sameFilters } from './same-filters.ts';

export interface Renderer {
  sigma: Sigma;
  graph(): DataGraph;
  setGraph(graph: DataGraph): void;
  /** Moves the camera onto a node. */
  centreOn(node: string, ratio?: number): void;
  sizeOf(node: string): number;
  /** Whether the last frame was drawn without edges and labels because the camera was moving (large mode). */
  lastFrameBare(): boolean;
}

/**
 * What the renderer decides beside the context: the mode. Whether edges and labels are held back while the
 * layout runs is recorded once, where the programs and the label drawer read it (large-graph/mode-settings.ts).
 */
interface Mode {
  large: boolean;
}

/** The render context plus its derived maps (sizes, curvature), recomputed lazily after a graph change. */
function createContext(
  graph: DataGraph,
  mode: Mode,
): { context: RenderContext; derive(): void; markStale(): void } {
  const context: RenderContext = {
    graph,
    sizes: new Map(),
    curvature: new Map(),
    selection: selection.get(),
    filters: filters.get(),
    focus: null,
  };
  let stale = true;
  return {
    context,
    derive() {
      if (!stale) return;
      stale = false;
      context.sizes = nodeSizes(context.graph, view.get().sizeBy);
      // Large mode draws no curves: finding the parallel edges of 100,000 would be work for nothing.
      context.curvature = mode.large ? new Map() : parallelCurvature(context.graph);
      context.focus = focusOf(context.graph, context.selection, context.filters);
    },
    markStale() {
      stale = true;
    },
  };
}

function sigmaSettings(
  context: RenderContext,
  derive: () => void,
  memo: MemoReducers,
  mode: Mode,
): Partial<Settings> {
  return {
    allowInvalidContainer: true,
    defaultEdgeType: 'arrow',
    // Room for the labels of nodes at the edge of the picture.
    stagePadding: 90,
    labelFont: 'system-ui, "DejaVu Sans", Arial, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1d232b' },
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#59606b' },
    zIndex: true,
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
    // Label density, edge and node programs, hiding on move: large-graph/large-mode.ts.
    ...modeSettings(mode.large),
    // What the reducers return is all sigma draws. They read the typed data from the graph itself rather
    // than sigma's untyped copy of it, through a memo that reuses a display until its inputs change.
    nodeReducer: (node) => {
      derive();
      return memo.node(node, context.graph.getNodeAttributes(node));
    },
    edgeReducer: (edge) => {
      derive();
      return memo.edge(edge, context.graph.getEdgeAttributes(edge));
    },
  };
}

/** Graph mutations invalidate sizes and curvature (sigma re-reads the graph on its own) and may change the mode. */
function graphWatcher(
  memo: MemoReducers,
  onChange: () => void,
): { watch(graph: DataGraph): void; unwatch(): void } {
  const events = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const;
  let stop: (() => void) | null = null;
  return {
    watch(graph) {
      for (const event of events) graph.on(event, onChange);
      const unwatchMemo = memo.watch(graph);
      stop = () => {
        for (const event of events) graph.off(event, onChange);
        unwatchMemo();
      };
    },
    unwatch() {
      stop?.();
      stop = null;
    },
  };
}

/** Selection, filters, the size metric and the layout are UI state: each change refreshes what sigma draws. */
function followUiState(sigma: Sigma, context: RenderContext, markStale: () => void, mode: Mode): void {
  selection.subscribe((state) => {
    context.selection = state;
    context.focus = focusOf(context.graph, state, context.filters);
    sigma.refresh({ skipIndexation: true });
  });
  filters.subscribe((state) => {
    // The same filters in a new object (a plain link restoring the defaults): nothing to draw again, and the
    // context keeps the old object so the memoised displays stay valid.
    if (sameFilters(state, context.filters)) return;
    context.filters = state;
    context.focus = focusOf(context.graph, context.selection, state);
    sigma.refresh({ skipIndexation: true });
  });
  view.subscribe((state, previous) => {
    if (state.sizeBy === previous.sizeBy) return;
    markStale();
    sigma.refresh();
  });
  // A large graph's layout writes positions without graph events and says so here.
  layoutMoved.subscribe((moved) => {
    if (moved && moved.graph === context.graph) followLayout(sigma, moved.graph, moved.extent);
  });
  // In large mode edges and labels are off while the layout moves the nodes: each tick redraws nodes only.
  // Held back by their programs rather than by a settings change, which would re-index the whole graph at the
  // layout's start; the camera's own hiding (hideEdgesOnMove) is sigma's and adds to this.
  layoutRunning.subscribe((running) => pauseForLayout(sigma, running && mode.large));
}

const sizeOfGraph = (graph: DataGraph) => ({ nodes: graph.order, edges: graph.size });

export function createRenderer(container: HTMLElement, initial: DataGraph): Renderer {
  const mode: Mode = { large: isLarge(sizeOfGraph(initial), pageOverride) };
  largeGraph.set(mode.large);
  const { context, derive, markStale } = createContext(initial, mode);
  const memo = memoReducers(context, reduceNode, reduceEdge);
  // Watched before sigma is built: a graph's listeners run in the order they were added, and sigma reduces
  // again inside its own, so the memo must have forgotten what a change made stale (a restyle) by then.
  const watcher = graphWatcher(memo, () => onGraphChange());
  watcher.watch(initial);
  derive();
  // Sigma decides at construction whether edges get a picking layer, so the first graph's mode sets it.
  const sigma = new Sigma<Attributes, Attributes>(
    initial,
    container,
    sigmaSettings(context, derive, memo, mode),
  );

  /** Re-decides the mode after the graph changed (a merge, an expansion, the other view). */
  const checkMode = (): void => {
    const large = isLarge(sizeOfGraph(context.graph), pageOverride);
    if (large === mode.large) return;
    mode.large = large;
    largeGraph.set(large);
    markStale();
    memo.clear();
    pauseForLayout(sigma, large && layoutRunning.get());
    sigma.setSettings(modeSettings(large));
  };
  let checkPending = false;
  const onGraphChange = (): void => {
    markStale();
    // A payload merged in one task fires thousands of events: decide once, after them.
    if (checkPending) return;
    checkPending = true;
    queueMicrotask(() => {
      checkPending = false;
      checkMode();
    });
  };
  followUiState(sigma, context, markStale, mode);
  const lastFrameBare = redrawWhenStill(sigma, () => mode.large);

  return {
    sigma,
    graph: () => context.graph,
    setGraph(graph) {
      watcher.unwatch();
      context.graph = graph;
      markStale();
      watcher.watch(graph);
      checkMode();
      sigma.setGraph(graph);
      // A zoom chosen for one graph means nothing in another: show the new one whole.
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    },
    centreOn(node, ratio = 0.35) {
      const position = sigma.getNodeDisplayData(node);
      if (!position) return;
      void sigma.getCamera().animate({ x: position.x, y: position.y, ratio }, { duration: 450 });
    },
    sizeOf: (node) => context.sizes.get(node) ?? 5,
    lastFrameBare,
  };
}
