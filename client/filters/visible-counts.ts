// How much of the graph on screen the filters let through: the "showing X of Y" counts and the nodes to frame.
import type { DataGraph } from '../graph/data-graph.ts';
import { edgePasses, type FiltersState, nodePasses } from './filters-state.ts';

export interface VisibleCounts {
  /** The keys of the nodes the filters let through, in the graph's order. */
  shown: ReadonlySet<string>;
  nodes: number;
  totalNodes: number;
  edges: number;
  totalEdges: number;
  /** Nodes in the view by label, shown or not: what the legend lists. */
  byLabel: Map<string, number>;
}

/** A relationship is seen only when its type passes and both its ends are shown. */
export function visibleCounts(graph: DataGraph, filters: FiltersState): VisibleCounts {
  const shown = new Set<string>();
  const byLabel = new Map<string, number>();
  graph.forEachNode((node, attributes) => {
    byLabel.set(attributes.nodeLabel, (byLabel.get(attributes.nodeLabel) ?? 0) + 1);
    if (nodePasses(filters, attributes)) shown.add(node);
  });
  let edges = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (edgePasses(filters, attributes.relType) && shown.has(source) && shown.has(target)) edges += 1;
  });
  return { shown, nodes: shown.size, totalNodes: graph.order, edges, totalEdges: graph.size, byLabel };
}
