// Node sizes from a chosen metric, computed once per graph change and kept out of the graph's attributes.
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { SizeMetric } from '../view/view-state.ts';
import type { DataGraph } from './data-graph.ts';
import { interopDefault } from './interop.ts';

const betweenness = interopDefault(betweennessModule);
const pagerank = interopDefault(pagerankModule);

const MIN_SIZE = 4;
const MAX_SIZE = 18;

function raw(graph: DataGraph, metric: SizeMetric): Map<string, number> {
  const values = new Map<string, number>();
  if (metric === 'degree' || graph.order > 3000) {
    // Betweenness is O(nm): on big graphs degree is the honest, affordable stand-in.
    graph.forEachNode((node) => {
      values.set(node, graph.degree(node));
    });
    return values;
  }
  const scores: Record<string, number> =
    metric === 'betweenness'
      ? betweenness(graph, { getEdgeWeight: null })
      : pagerank(graph, { getEdgeWeight: null });
  for (const [node, score] of Object.entries(scores)) values.set(node, score);
  return values;
}

/** Sizes on a square-root scale, so hubs stand out without hiding everyone else. */
export function nodeSizes(graph: DataGraph, metric: SizeMetric): Map<string, number> {
  const values = raw(graph, metric);
  let max = 0;
  for (const value of values.values()) max = Math.max(max, value);
  const sizes = new Map<string, number>();
  for (const [node, value] of values) {
    const share = max > 0 ? Math.sqrt(value / max) : 0;
    sizes.set(node, MIN_SIZE + share * (MAX_SIZE - MIN_SIZE));
  }
  return sizes;
}

/** Curvature for edges that run in parallel between the same two nodes (0 for a lone edge: drawn straight). */
export function parallelCurvature(graph: DataGraph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  });
  const result = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((edge, index) => {
      // The curve bends to the left of its own direction, so edges drawn the other way flip their sign.
      const reversed = graph.source(edge) > graph.target(edge) ? -1 : 1;
      const offset = index - (group.length - 1) / 2;
      result.set(edge, offset * 0.35 * reversed);
    });
  }
  return result;
}
