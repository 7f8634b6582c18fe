// Owns the sigma instance: settings, edge programs, and refreshing when data or UI state change.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { filters } from '../filters/filters-state.ts';
import type { DataGraph } from '../graph/data-graph.ts';
import { nodeSizes, parallelCurvature } from '../graph/metrics.ts';
import { selection } from '../selection/selection-state.ts';
import { view } from '../view/view-state.ts';
import { focusOf, type RenderContext, reduceEdge, reduceNode } from './reducers.ts';

export interface Renderer {
  sigma: Sigma;
  graph(): DataGraph;
  setGraph(graph: DataGraph): void;
  /** Moves the camera onto a node. */
  centreOn(node: string, ratio?: number): void;
  sizeOf(node: string): number;
}

/** The render context plus its derived maps (sizes, curvature), recomputed lazily after a graph change. */
function createContext(graph: DataGraph): { context: RenderContext; derive(): void; markStale(): void } {
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
      context.curvature = parallelCurvature(context.graph);
      context.focus = focusOf(context.graph, context.selection, context.filters);
    },
    markStale() {
      stale = true;
    },
  };
}

function sigmaSettings(context: RenderContext, derive: () => void): Partial<Settings> {
  return {
    allowInvalidContainer: true,
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: {
      arrow: EdgeArrowProgram,
      curvedArrow: EdgeCurvedArrowProgram,
      line: EdgeRectangleProgram,
    },
    // Room for the labels of nodes at the edge of the picture.
    stagePadding: 90,
    labelFont: 'system-ui, "DejaVu Sans", Arial, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1d232b' },
    labelDensity: 0.6,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 9,
    edgeLabelSize: 10,
    edgeLabelColor: { color: '#59606b' },
    zIndex: true,
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
    // What the reducers return is all sigma draws. They read the typed data from the graph itself rather
    // than sigma's untyped copy of it.
    nodeReducer: (node) => {
      derive();
      return reduceNode(context, node, context.graph.getNodeAttributes(node));
    },
    edgeReducer: (edge) => {
      derive();
      return reduceEdge(context, edge, context.graph.getEdgeAttributes(edge));
    },
  };
}

/** Graph mutations invalidate sizes and curvature; sigma re-reads the graph on its own. */
function graphWatcher(markStale: () => void): {
  watch(graph: DataGraph): void;
  unwatch(graph: DataGraph): void;
} {
  const events = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const;
  return {
    watch: (graph) => {
      for (const event of events) graph.on(event, markStale);
    },
    unwatch: (graph) => {
      for (const event of events) graph.off(event, markStale);
    },
  };
}

/** Selection, filters and the size metric are UI state: each change refreshes what sigma draws. */
function followUiState(sigma: Sigma, context: RenderContext, markStale: () => void): void {
  selection.subscribe((state) => {
    context.selection = state;
    context.focus = focusOf(context.graph, state, context.filters);
    sigma.refresh({ skipIndexation: true });
  });
  filters.subscribe((state) => {
    context.filters = state;
    context.focus = focusOf(context.graph, context.selection, state);
    sigma.refresh({ skipIndexation: true });
  });
  view.subscribe((state, previous) => {
    if (state.sizeBy === previous.sizeBy) return;
    markStale();
    sigma.refresh();
  });
}

export function createRenderer(container: HTMLElement, initial: DataGraph): Renderer {
  const { context, derive, markStale } = createContext(initial);
  derive();
  const sigma = new Sigma<Attributes, Attributes>(initial, container, sigmaSettings(context, derive));
  const watcher = graphWatcher(markStale);
  watcher.watch(initial);
  followUiState(sigma, context, markStale);

  return {
    sigma,
    graph: () => context.graph,
    setGraph(graph) {
      watcher.unwatch(context.graph);
      context.graph = graph;
      markStale();
      watcher.watch(graph);
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
  };
}
