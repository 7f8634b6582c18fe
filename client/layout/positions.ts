// Keeps node positions in localStorage so a reload shows the same picture; places new nodes reproducibly.
import type { DataGraph } from '../graph/data-graph.ts';

type Saved = Record<string, [number, number]>;
const storageKey = (scope: string): string => `actorgraph:positions:v1:${scope}`;

export function loadPositions(scope: string): Saved {
  try {
    const raw = localStorage.getItem(storageKey(scope));
    return raw ? (JSON.parse(raw) as Saved) : {};
  } catch {
    return {};
  }
}

export function savePositions(scope: string, graph: DataGraph): void {
  const saved: Saved = loadPositions(scope);
  graph.forEachNode((node, attributes) => {
    if (typeof attributes.x === 'number' && typeof attributes.y === 'number') {
      saved[node] = [Math.round(attributes.x * 100) / 100, Math.round(attributes.y * 100) / 100];
    }
  });
  try {
    localStorage.setItem(storageKey(scope), JSON.stringify(saved));
  } catch {
    // A full or blocked storage only costs the next reload its picture.
  }
}

/** A number in [0, 1) derived from a string, so a node's first position is the same on every machine. */
function hashUnit(text: string, salt = 0): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Evenly spaced points on a circle around `centre`, starting at `turn` (a fraction of a full turn). */
export function ringPoints(
  centre: { x: number; y: number },
  count: number,
  radius: number,
  turn = 0,
): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = (turn + i / Math.max(1, count)) * Math.PI * 2;
    return { x: centre.x + Math.cos(angle) * radius, y: centre.y + Math.sin(angle) * radius };
  });
}

/** How far an anchor's new neighbours go: as far as its placed neighbours are, and far enough apart. */
function ringRadius(
  graph: DataGraph,
  anchor: { x: number; y: number },
  key: string | undefined,
  count: number,
) {
  const distances: number[] = [];
  if (key && graph.hasNode(key))
    graph.forEachNeighbor(key, (_node, a) => {
      if (typeof a.x === 'number' && typeof a.y === 'number')
        distances.push(Math.hypot(a.x - anchor.x, a.y - anchor.y));
    });
  const base = distances.length ? distances.reduce((sum, d) => sum + d, 0) / distances.length : 20;
  // Neighbours a tenth of the base apart at least, so that even 40 of them do not overlap.
  return Math.max(base, (count * base * 0.1) / (2 * Math.PI), 5);
}

/**
 * Gives every node without a position one: its saved place, else on a ring around `anchor` (an expansion:
 * evenly spaced, not piled on the parent), else a reproducible spot on a disc. Returns how many nodes got
 * neither a saved nor an existing position.
 */
export function placeMissing(
  graph: DataGraph,
  saved: Saved,
  anchor?: { x: number; y: number; key?: string },
): number {
  const fresh: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (typeof attributes.x === 'number' && typeof attributes.y === 'number') return;
    const kept = saved[node];
    if (kept) graph.mergeNodeAttributes(node, { x: kept[0], y: kept[1] });
    else fresh.push(node);
  });
  if (anchor) {
    fresh.sort();
    const radius = ringRadius(graph, anchor, anchor.key, fresh.length);
    const points = ringPoints(anchor, fresh.length, radius, hashUnit(anchor.key ?? '', 3));
    fresh.forEach((node, i) => {
      const point = points[i];
      if (point) graph.mergeNodeAttributes(node, point);
    });
    return fresh.length;
  }
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  for (const node of fresh) {
    const angle = hashUnit(node, 1) * Math.PI * 2;
    const distance = Math.sqrt(hashUnit(node, 2)) * radius;
    graph.mergeNodeAttributes(node, { x: Math.cos(angle) * distance, y: Math.sin(angle) * distance });
  }
  return fresh.length;
}

/**
 * Puts nodes without edges on a ring just outside the connected part: left to the forces they drift
 * far off, and the camera, which frames every node, would shrink everything else to fit them.
 */
export function ringIsolated(graph: DataGraph): void {
  const isolated = graph.filterNodes((node) => graph.degree(node) === 0);
  if (isolated.length === 0 || isolated.length === graph.order) return;
  let cx = 0;
  let cy = 0;
  let count = 0;
  graph.forEachNode((node, a) => {
    if (graph.degree(node) === 0) return;
    cx += a.x ?? 0;
    cy += a.y ?? 0;
    count += 1;
  });
  cx /= count;
  cy /= count;
  let radius = 0;
  graph.forEachNode((node, a) => {
    if (graph.degree(node) > 0) radius = Math.max(radius, Math.hypot((a.x ?? 0) - cx, (a.y ?? 0) - cy));
  });
  isolated.forEach((node, i) => {
    const angle = (i / isolated.length) * Math.PI * 2;
    graph.mergeNodeAttributes(node, {
      x: cx + Math.cos(angle) * radius * 1.08,
      y: cy + Math.sin(angle) * radius * 1.08,
    });
  });
}
