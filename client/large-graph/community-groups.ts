// Louvain on a graph's shape alone (keys and endpoints, no data): the part of the community view that takes
// seconds on a large graph, so it runs in a web worker (large-graph/louvain.worker.ts). Pure and synchronous.
import { MultiDirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { GraphPayload } from '../api/types.ts';
import { interopDefault } from '../graph/interop.ts';

const louvain = interopDefault(louvainModule);

/** What Louvain needs, in a form that crosses to a worker cheaply: keys once, endpoints as node indexes. */
export interface Topology {
  nodes: string[];
  sources: Int32Array;
  targets: Int32Array;
}

export function topologyOf(payload: GraphPayload): Topology {
  const nodes = payload.nodes.map((node) => node.key);
  const index = new Map(nodes.map((key, i) => [key, i]));
  const sources = new Int32Array(payload.edges.length);
  const targets = new Int32Array(payload.edges.length);
  payload.edges.forEach((edge, i) => {
    sources[i] = index.get(edge.source) ?? -1;
    targets[i] = index.get(edge.target) ?? -1;
  });
  return { nodes, sources, targets };
}

/** A seeded generator, so the same graph splits into the same communities on every load. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The communities as lists of node keys: largest first, each one's members best connected first (Louvain's
 * own numbers depend on visiting order, so Community:0 is always the biggest).
 */
export function groupCommunities({ nodes, sources, targets }: Topology): string[][] {
  const graph = new MultiDirectedGraph();
  for (const key of nodes) graph.addNode(key);
  for (let i = 0; i < sources.length; i += 1) {
    const source = nodes[sources[i] ?? -1];
    const target = nodes[targets[i] ?? -1];
    if (source !== undefined && target !== undefined) graph.addEdge(source, target);
  }
  const mapping = graph.size > 0 ? louvain(graph, { getEdgeWeight: null, rng: seeded(42) }) : {};
  const groups = new Map<number, string[]>();
  for (const node of nodes) {
    const id = mapping[node] ?? -1;
    const group = groups.get(id);
    if (group) group.push(node);
    else groups.set(id, [node]);
  }
  return [...groups.values()]
    .map((group) => group.sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1)))
    .sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}
