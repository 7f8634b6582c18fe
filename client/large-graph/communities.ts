// Graphs the browser should not draw whole (more than HOLD_LIMIT nodes) are shown as their Louvain
// communities, one super-node each; opening a community puts its members in its place, as Bloom and
// Linkurious do. Pure: payload in, payload out; the stage decides when (network/stage.ts).
import type { GraphPayload, NodeAttributes } from '../api/types.ts';

export const COMMUNITY_LABEL = 'Community';
const communityKey = (id: number): string => `${COMMUNITY_LABEL}:${id}`;

/** The key of a community super-node, or null for any other node. */
export function communityOf(key: string): number | null {
  const match = /^Community:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

export interface Communities {
  /** Every node's data, by key, from the payload: nothing of the whole graph is drawn, so no graph is built. */
  nodes: Map<string, NodeAttributes>;
  /** Every relationship of the payload. */
  edges: GraphPayload['edges'];
  /** Community number of every node. */
  of: Map<string, number>;
  /** Members of each community, best connected first (large-graph/community-groups.ts). */
  members: string[][];
}

/** The payload indexed by the groups Louvain found: one pass over its nodes and one over the groups. */
export function indexCommunities(payload: GraphPayload, members: string[][]): Communities {
  const nodes = new Map<string, NodeAttributes>();
  for (const node of payload.nodes) nodes.set(node.key, { ...node.attributes });
  const of = new Map<string, number>();
  members.forEach((group, id) => {
    for (const node of group) of.set(node, id);
  });
  return { nodes, edges: payload.edges, of, members };
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
  const top = first ? communities.nodes.get(first)?.name || first : '';
  const byLabel = new Map<string, number>();
  for (const node of group) {
    const label = communities.nodes.get(node)?.nodeLabel ?? '';
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
  const { nodes: data, edges: relationships, of, members } = communities;
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
      const found = data.get(node);
      if (!found) return;
      const { x: _x, y: _y, ...attributes } = found;
      nodes.push({ key: node, attributes });
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
  for (const edge of relationships) {
    const { source, target } = edge;
    // As a graph built from the payload would: a relationship to a node it does not hold is left out.
    if (!of.has(source) || !of.has(target)) continue;
    const from = shownAs(source);
    const to = shownAs(target);
    if (from === source && to === target) {
      edges.push(edge);
      continue;
    }
    if (from === to) continue;
    const key = `${from}->${to}`;
    const sum = summed.get(key);
    if (sum) sum.count += 1;
    else summed.set(key, { source: from, target: to, count: 1 });
  }
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
