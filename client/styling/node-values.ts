// The value each node has for a style source: a metric computed on the graph, its sourceCount, or a property.
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { NodeAttributes } from '../api/types.ts';
import type { DataGraph } from '../graph/data-graph.ts';
import { interopDefault } from '../graph/interop.ts';
import type { StyleSource } from './style-state.ts';

const betweenness = interopDefault(betweennessModule);
const pagerank = interopDefault(pagerankModule);

/** Betweenness is O(nm): past this many nodes degree is the honest, affordable stand-in (as for sizes). */
const METRIC_LIMIT = 3000;

export type NodeValue = number | string | null;

/** A property value as a colour or size reads it: numbers stay numbers, lists and flags become text. */
function valueOfProperty(value: unknown): NodeValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : null;
  return null;
}

function metric(graph: DataGraph, source: StyleSource): Map<string, NodeValue> | null {
  const values = new Map<string, NodeValue>();
  if (
    source === 'degree' ||
    ((source === 'betweenness' || source === 'pagerank') && graph.order > METRIC_LIMIT)
  ) {
    graph.forEachNode((node) => {
      values.set(node, graph.degree(node));
    });
    return values;
  }
  if (source !== 'betweenness' && source !== 'pagerank') return null;
  const scores: Record<string, number> =
    source === 'betweenness'
      ? betweenness(graph, { getEdgeWeight: null })
      : pagerank(graph, { getEdgeWeight: null });
  for (const [node, score] of Object.entries(scores)) values.set(node, score);
  return values;
}

/** label → nodeLabel; sourceCount → the fact's count (null for non-facts); p.name → the property. */
function attribute(source: StyleSource, data: NodeAttributes): NodeValue {
  if (source === 'label') return data.nodeLabel;
  if (source === 'sourceCount') return typeof data.sourceCount === 'number' ? data.sourceCount : null;
  return source.startsWith('p.') ? valueOfProperty(data.properties[source.slice(2)]) : null;
}

export function nodeValues(graph: DataGraph, source: StyleSource): Map<string, NodeValue> {
  const computed = metric(graph, source);
  if (computed) return computed;
  const values = new Map<string, NodeValue>();
  graph.forEachNode((node, data) => {
    values.set(node, attribute(source, data));
  });
  return values;
}

export interface PropertyChoice {
  source: StyleSource;
  name: string;
  numeric: boolean;
}

/** More distinct texts than this make no useful colour key (names, quotes): such properties are not offered. */
const MAX_CATEGORIES = 40;

/** The properties worth styling by in this graph: numeric ones, and texts with few distinct values. */
export function propertyChoices(graph: DataGraph): PropertyChoice[] {
  const seen = new Map<string, { numeric: boolean; texts: Set<string>; count: number }>();
  graph.forEachNode((_node, data) => {
    for (const [name, raw] of Object.entries(data.properties)) {
      const value = valueOfProperty(raw);
      if (value === null) continue;
      const entry = seen.get(name) ?? { numeric: true, texts: new Set<string>(), count: 0 };
      entry.count += 1;
      if (typeof value === 'string') {
        entry.numeric = false;
        if (entry.texts.size <= MAX_CATEGORIES) entry.texts.add(value);
      }
      seen.set(name, entry);
    }
  });
  return [...seen]
    .filter(([, entry]) => entry.count >= 2 && (entry.numeric || entry.texts.size <= MAX_CATEGORIES))
    .map(([name, entry]) => ({ source: `p.${name}`, name, numeric: entry.numeric }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
