// The undo stack of expansions: each entry is what one expansion added, so undo removes exactly that.

import type { Added } from '../graph/data-graph.ts';
import { createStore } from '../ui/store.ts';

export interface Expansion {
  node: string;
  /** The relationship types chosen in the dialog; empty when every neighbour was added at once. */
  types: string[];
  added: Added;
}

export const expansions = createStore<readonly Expansion[]>([]);

export const pushExpansion = (stack: readonly Expansion[], entry: Expansion): readonly Expansion[] =>
  entry.added.nodes.length || entry.added.edges.length ? [...stack, entry] : stack;

export const popExpansion = (stack: readonly Expansion[]): [Expansion | undefined, readonly Expansion[]] => [
  stack.at(-1),
  stack.slice(0, -1),
];

/** Counts of a node's neighbours by relationship type: what came back plus what the API left out. */
export function countsByType(
  received: Iterable<string>,
  leftOut: Record<string, number>,
): { type: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const type of received) counts.set(type, (counts.get(type) ?? 0) + 1);
  for (const [type, count] of Object.entries(leftOut)) counts.set(type, (counts.get(type) ?? 0) + count);
  return [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count);
}
