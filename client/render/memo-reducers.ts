// Memoised reducers: a node's or edge's display is reduced once per render-state version and reused until
// something it depends on changes, so the layout's ticks and sigma's partial refreshes skip the filter,
// colour and label work. The reducers themselves stay pure and unaware of this (render/reducers.ts).
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../api/types.ts';
import type { DataGraph } from '../graph/data-graph.ts';
import { positionsOnly } from '../graph/position-updates.ts';

type NodeDisplay = Partial<NodeDisplayData>;
type EdgeDisplay = Partial<EdgeDisplayData>;

/**
 * The version moves whenever any field of the context is replaced (selection, filters, sizes, focus, a
 * style…): every field is compared by identity, so a field added to the context later takes part without
 * anyone remembering to bump a counter. State is replaced, never mutated, everywhere in the client.
 */
export function contextVersion<C extends object>(context: C): () => number {
  let version = 0;
  let seen: Partial<C> = {};
  return () => {
    for (const key in context) {
      if (context[key] !== seen[key]) {
        seen = { ...context };
        version += 1;
        break;
      }
    }
    return version;
  };
}

export interface MemoReducers {
  node(node: string, data: NodeAttributes): NodeDisplay;
  edge(edge: string, data: EdgeAttributes): EdgeDisplay;
  /** Forgets everything (a reducer outside the context changed, e.g. the mode). */
  clear(): void;
  /** Forgets one node or edge whose data changed, and all of them after a bulk change of anything but positions. */
  watch(graph: DataGraph): () => void;
  /** How many displays are kept (for tests). */
  size(): number;
  /** How many reductions were computed rather than reused (for tests). */
  readonly computed: { nodes: number; edges: number };
}

interface Entry<T> {
  version: number;
  display: T;
}

export function memoReducers<C extends object>(
  context: C,
  reduceNode: (context: C, node: string, data: NodeAttributes) => NodeDisplay,
  reduceEdge: (context: C, edge: string, data: EdgeAttributes) => EdgeDisplay,
): MemoReducers {
  const version = contextVersion(context);
  const nodes = new Map<string, Entry<NodeDisplay>>();
  const edges = new Map<string, Entry<EdgeDisplay>>();
  const computed = { nodes: 0, edges: 0 };

  return {
    node(node, data) {
      const now = version();
      let entry = nodes.get(node);
      if (entry?.version !== now) {
        entry = { version: now, display: reduceNode(context, node, data) };
        nodes.set(node, entry);
        computed.nodes += 1;
      }
      // Positions move on every layout tick without touching anything else: they are read fresh each time.
      // Sigma writes into what it is given (defaults, normalised coordinates), hence a copy.
      return { ...entry.display, x: data.x ?? 0, y: data.y ?? 0 };
    },
    edge(edge, data) {
      const now = version();
      let entry = edges.get(edge);
      if (entry?.version !== now) {
        entry = { version: now, display: reduceEdge(context, edge, data) };
        edges.set(edge, entry);
        computed.edges += 1;
      }
      return { ...entry.display };
    },
    clear() {
      nodes.clear();
      edges.clear();
    },
    watch(graph) {
      const dropNode = ({ key }: { key: string }) => nodes.delete(key);
      const dropEdge = ({ key }: { key: string }) => edges.delete(key);
      const eachNode = ({ hints }: { hints?: { attributes?: string[] } }) => {
        if (!positionsOnly(hints)) nodes.clear();
      };
      const eachEdge = () => edges.clear();
      // What leaves the graph leaves the memo, so replacing a large graph does not keep its displays alive.
      const clearAll = () => {
        nodes.clear();
        edges.clear();
      };
      graph.on('nodeAttributesUpdated', dropNode);
      graph.on('edgeAttributesUpdated', dropEdge);
      graph.on('nodeDropped', dropNode);
      graph.on('edgeDropped', dropEdge);
      graph.on('eachNodeAttributesUpdated', eachNode);
      graph.on('eachEdgeAttributesUpdated', eachEdge);
      graph.on('cleared', clearAll);
      return () => {
        graph.off('nodeAttributesUpdated', dropNode);
        graph.off('edgeAttributesUpdated', dropEdge);
        graph.off('nodeDropped', dropNode);
        graph.off('edgeDropped', dropEdge);
        graph.off('eachNodeAttributesUpdated', eachNode);
        graph.off('eachEdgeAttributesUpdated', eachEdge);
        graph.off('cleared', clearAll);
      };
    },
    size: () => nodes.size + edges.size,
    computed,
  };
}
