// A synthetic actorgraph-shaped graph from a seeded PRNG: labels as in the model, clustered edges, positions.
// Attributes as the API sends them (nodeLabel/relType/properties), plus x and y so both pages start alike.
import type { SerializedGraph } from 'graphology-types';

const LABELS = ['Person', 'Country', 'Organization', 'Place', 'Meeting', 'Resource', 'Statement', 'Article'];
const TYPES = ['ATTENDED', 'HELD_AT', 'HOLDS_ROLE', 'MEMBER_OF', 'SAID', 'ABOUT', 'MENTIONS', 'REPORTED_IN'];

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(nodes: number, edges: number, seed = 42): SerializedGraph {
  const random = mulberry32(seed);
  const clusters = Math.max(1, Math.round(Math.sqrt(nodes) / 4));
  const centres = Array.from(
    { length: clusters },
    () => [random() * 2000 - 1000, random() * 2000 - 1000] as const,
  );
  const keys: string[] = [];
  const clusterOf: number[] = [];
  const payloadNodes: SerializedGraph['nodes'] = [];
  for (let i = 0; i < nodes; i += 1) {
    const label = LABELS[Math.floor(random() ** 2 * LABELS.length)] ?? 'Person';
    const cluster = Math.floor(random() * clusters);
    const [cx, cy] = centres[cluster] ?? [0, 0];
    const key = `${label}:n${i}`;
    keys.push(key);
    clusterOf.push(cluster);
    const date =
      label === 'Meeting' ? `2025-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` : undefined;
    payloadNodes.push({
      key,
      attributes: {
        nodeLabel: label,
        labels: [label],
        id: `n${i}`,
        name: `${label} ${i}`,
        properties: { id: `n${i}`, name: `${label} ${i}`, ...(date ? { date, status: 'held' } : {}) },
        x: cx + (random() - 0.5) * 300,
        y: cy + (random() - 0.5) * 300,
      },
    });
  }
  const byCluster = new Map<number, number[]>();
  clusterOf.forEach((cluster, i) => {
    const members = byCluster.get(cluster);
    if (members) members.push(i);
    else byCluster.set(cluster, [i]);
  });
  const payloadEdges: SerializedGraph['edges'] = [];
  for (let e = 0; e < edges; e += 1) {
    const source = Math.floor(random() * nodes);
    // Four edges in five stay inside their cluster, as news graphs gather around events.
    const members = byCluster.get(clusterOf[source] ?? 0) ?? [];
    const target =
      random() < 0.8 && members.length > 1
        ? (members[Math.floor(random() * members.length)] ?? 0)
        : Math.floor(random() * nodes);
    payloadEdges.push({
      key: `e${e}`,
      source: keys[source] ?? '',
      target: keys[target] ?? '',
      attributes: {
        relType: TYPES[Math.floor(random() * TYPES.length)] ?? 'MENTIONS',
        properties: { sources: ['a1'] },
      },
    });
  }
  return {
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: payloadNodes,
    edges: payloadEdges,
  };
}
