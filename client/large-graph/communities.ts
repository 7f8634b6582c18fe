// Graphs the browser should not draw whole (more than HOLD_LIMIT nodes) are shown as their Louvain
// communities, one super-node each; opening a community puts its members in its place, as Bloom and
// Linkurious do. Pure: payload in, payload out; the stage decides when (network/stage.ts).
import louvainModule from 'graphology-communities-louvain';
import type { GraphPayload } from '../api/types.ts';
import { createDataGraph, type DataGraph, mergePayload } from '../graph/data-graph.ts';
import { interopDefault } from '../graph/interop.ts';

const louvain = interopDefault(louvainModule);

export const COMMUNITY_LABEL = 'Community';
const communityKey = (id: number): string => `${COMMUNITY_LABEL}:${id}`;

/** The key of a community super-node, or null for any other node. */
export function communityOf(key: string): number | null {
  const match = /^Community:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

export interface Communities {
  /** The whole graph, held in memory (graphology is cheap; drawing it is what costs). */
  graph: DataGraph;
  /** Community number of every node. */
  of: Map<string, number>;
  /** Members of each community, best connected first. */
  members: string[][];
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

export function findCommunities(payload: GraphPayload): Communities {
  const graph = createDataGraph();
  mergePayload(graph, payload);
  const mapping = graph.size > 0 ? louvain(graph, { getEdgeWeight: null, rng: seeded(42) }) : {};
  // Louvain's numbers depend on visiting order: renumber by size, largest first, so Community:0 is the biggest.
  const groups = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const id = mapping[node] ?? -1;
    const group = groups.get(id);
    if (group) group.push(node);
    else groups.set(id, [node]);
  });
  const members = [...groups.values()]
    .map((group) => group.sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1)))
    .sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  const of = new Map<string, number>();
  members.forEach((group, id) => {
    for (const node of group) of.set(node, id);
  });
  return { graph, of, members };
}

/** A point of a sunflower spiral (the golden angle): even spacing without a grid, the first at the centre. */
function spiral(i: number, spacing: number, centre = { x: 0, y: 0 }): [number, number] {
  const angle = i * 2.399963;
  const radius = spacing * Math.sqrt(i);
  return [centre.x + Math.cos(angle) * radius, centre.y + Math.sin(angle) * radius];
}

const shorten = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

function superNode(communities: Communities, id: number) {
  const group = communities.members[id] ?? [];
  const first = group[0];
  const top = first ? communities.graph.getNodeAttributes(first).name || first : '';
  const byLabel = new Map<string, number>();
  for (const node of group) {
    const label = communities.graph.getNodeAttributes(node).nodeLabel;
    byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  }
  const labels = [...byLabel].sort((a, b) => b[1] - a[1]).map(([label, count]) => `${label} ${count}`);
  return {
    key: communityKey(id),
    attributes: {
      nodeLabel: COMMUNITY_LABEL,
      labels: [COMMUNITY_LABEL],
      id: String(id),
      // Short enough that the count survives the reducer's 30-character labels.
      name: group.length > 1 ? `${shorten(top, 20)} +${(group.length - 1).toLocaleString('en')}` : top,
      properties: { members: group.length, largest: top, labels: labels.join(', ') },
    },
  };
}

/**
 * The view with the `open` communities shown as their members and every other one as a super-node. An edge
 * between two shown nodes stays itself; edges with a closed community at either end are summed into one
 * LINKS edge per pair of ends, carrying how many relationships it stands for.
 */
export function communityView(
  communities: Communities,
  open: ReadonlySet<number>,
): { payload: GraphPayload; positions: Record<string, [number, number]> } {
  const { graph, of, members } = communities;
  const nodes: GraphPayload['nodes'] = [];
  const positions: Record<string, [number, number]> = {};
  members.forEach((group, id) => {
    // Communities on a spiral, largest in the middle; an open one's members on a small spiral in its place.
    const [x, y] = spiral(id, 120);
    if (!open.has(id)) {
      const node = superNode(communities, id);
      nodes.push(node);
      positions[node.key] = [x, y];
      return;
    }
    group.forEach((node, i) => {
      const { x: _x, y: _y, ...data } = graph.getNodeAttributes(node);
      nodes.push({ key: node, attributes: data });
      // However many members, they stay within about half the distance to the next community.
      positions[node] = spiral(i, 50 / Math.sqrt(group.length), { x, y });
    });
  });
  const shownAs = (node: string): string => {
    const id = of.get(node) ?? 0;
    return open.has(id) ? node : communityKey(id);
  };
  const edges: GraphPayload['edges'] = [];
  const summed = new Map<string, { source: string; target: string; count: number }>();
  graph.forEachEdge((edge, attributes, source, target) => {
    const from = shownAs(source);
    const to = shownAs(target);
    if (from === source && to === target) {
      edges.push({ key: edge, source, target, attributes });
      return;
    }
    if (from === to) return;
    const key = `${from}->${to}`;
    const sum = summed.get(key);
    if (sum) sum.count += 1;
    else summed.set(key, { source: from, target: to, count: 1 });
  });
  for (const [key, { source, target, count }] of summed) {
    edges.push({
      key,
      source,
      target,
      attributes: { relType: 'LINKS', properties: { relationships: count } },
    });
  }
  const payload: GraphPayload = {
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
  return { payload, positions };
}
