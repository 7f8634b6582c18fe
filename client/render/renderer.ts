// Owns the sigma instance: settings, edge programs, and refreshing when data or UI state change.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import { selection } from '../app/selection-state.ts';
import { view } from '../app/view-state.ts';
import { filters } from '../filters/filters-state.ts';
import type { DataGraph } from '../graph/data-graph.ts';
import { nodeSizes, parallelCurvature } from '../graph/metrics.ts';
import { focusOf, type RenderContext, reduceEdge, reduceNode } from './reducers.ts';

export interface Renderer {
  sigma: Sigma;
  graph(): DataGraph;
  setGraph(graph: DataGraph): void;
  /** Moves the camera onto a node. */
  centreOn(node: string, ratio?: number): void;
  sizeOf(node: string): number;
  destroy(): void;
}

export function createRenderer(container: HTMLElement, initial: DataGraph): Renderer {
  const context: RenderContext = {
    graph: initial,
    sizes: new Map(),
    curvature: new Map(),
    selection: selection.get(),
    filters: filters.get(),
    focus: null,
  };
  let derivedStale = true;
  const derive = (): void => {
    if (!derivedStale) return;
    derivedStale = false;
    context.sizes = nodeSizes(context.graph, view.get().sizeBy);
    context.curvature = parallelCurvature(context.graph);
    context.focus = focusOf(context.graph, context.selection, context.filters);
  };
  derive();

  const sigma = new Sigma(initial, container, {
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
    nodeReducer: (node, data) => {
      derive();
      return reduceNode(context, node, data as never);
    },
    edgeReducer: (edge, data) => {
      derive();
      return reduceEdge(context, edge, data as never);
    },
  });

  // Graph mutations invalidate sizes and curvature; sigma re-reads the graph on its own.
  const markStale = (): void => {
    derivedStale = true;
  };
  const events = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const;
  const watch = (graph: DataGraph): void => {
    for (const event of events) graph.on(event, markStale);
  };
  const unwatch = (graph: DataGraph): void => {
    for (const event of events) graph.off(event, markStale);
  };
  watch(initial);

  const unsubscribe = [
    selection.subscribe((state) => {
      context.selection = state;
      context.focus = focusOf(context.graph, state, context.filters);
      sigma.refresh({ skipIndexation: true });
    }),
    filters.subscribe((state) => {
      context.filters = state;
      context.focus = focusOf(context.graph, context.selection, state);
      sigma.refresh({ skipIndexation: true });
    }),
    view.subscribe((state, previous) => {
      if (state.sizeBy === previous.sizeBy) return;
      derivedStale = true;
      sigma.refresh();
    }),
  ];

  return {
    sigma,
    graph: () => context.graph,
    setGraph(graph) {
      unwatch(context.graph);
      context.graph = graph;
      derivedStale = true;
      watch(graph);
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
    destroy() {
      for (const stop of unsubscribe) stop();
      unwatch(context.graph);
      sigma.kill();
    },
  };
}
