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

/**
 * Gives every node without a position one: its saved place, else near `anchor`, else a reproducible
 * spot on a disc. Returns how many nodes got neither a saved nor an existing position.
 */
export function placeMissing(graph: DataGraph, saved: Saved, anchor?: { x: number; y: number }): number {
  let fresh = 0;
  const radius = Math.max(10, Math.sqrt(graph.order) * 10);
  graph.forEachNode((node, attributes) => {
    if (typeof attributes.x === 'number' && typeof attributes.y === 'number') return;
    const kept = saved[node];
    if (kept) {
      graph.mergeNodeAttributes(node, { x: kept[0], y: kept[1] });
      return;
    }
    fresh += 1;
    const angle = hashUnit(node, 1) * Math.PI * 2;
    const distance = anchor ? 5 + hashUnit(node, 2) * 15 : Math.sqrt(hashUnit(node, 2)) * radius;
    graph.mergeNodeAttributes(node, {
      x: (anchor?.x ?? 0) + Math.cos(angle) * distance,
      y: (anchor?.y ?? 0) + Math.sin(angle) * distance,
    });
  });
  return fresh;
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
