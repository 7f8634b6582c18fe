// Colour and size of every node from the chosen sources, with the legend that explains them (pure).
import type { DataGraph } from '../graph/data-graph.ts';
import { type NodeValue, nodeValues } from './node-values.ts';
import {
  type Category,
  categories,
  extent,
  MISSING_COLOUR,
  MISSING_SIZE,
  OTHER_COLOUR,
  RAMP_STOPS,
  rampColour,
  shareOf,
  sizeOf,
} from './scales.ts';
import { type StyleSource, type StyleState, sourceTitle } from './style-state.ts';

export type ColourKey =
  | { kind: 'categories'; title: string; shown: Category[]; other: number; missing: number }
  | { kind: 'ramp'; title: string; min: number; max: number; stops: readonly string[]; missing: number };

export interface NodeStyles {
  /** null: colour by label (the reducers' default). */
  colours: Map<string, string> | null;
  /** null: the size metric decides. */
  sizes: Map<string, number> | null;
  colourKey: ColourKey | null;
  sizeKey: { title: string; min: number; max: number } | null;
}

const numbersOf = (values: Map<string, NodeValue>): number[] =>
  [...values.values()].filter((value): value is number => typeof value === 'number');
const isNumeric = (values: Map<string, NodeValue>): boolean =>
  [...values.values()].every((value) => value === null || typeof value === 'number');
const countMissing = (values: Map<string, NodeValue>): number =>
  [...values.values()].filter((value) => value === null).length;

export function colourStyle(
  graph: DataGraph,
  source: StyleSource,
): { colours: Map<string, string>; key: ColourKey } {
  const values = nodeValues(graph, source);
  const colours = new Map<string, string>();
  const title = sourceTitle(source);
  const missing = countMissing(values);
  const range = isNumeric(values) ? extent(numbersOf(values)) : null;
  if (range) {
    for (const [node, value] of values) {
      colours.set(
        node,
        typeof value === 'number' ? rampColour(shareOf(value, range.min, range.max)) : MISSING_COLOUR,
      );
    }
    return { colours, key: { kind: 'ramp', title, ...range, stops: RAMP_STOPS, missing } };
  }
  const texts = [...values.values()].flatMap((value) => (value === null ? [] : [String(value)]));
  const { shown, other } = categories(texts);
  const byValue = new Map(shown.map((category) => [category.value, category.colour]));
  for (const [node, value] of values) {
    colours.set(node, value === null ? MISSING_COLOUR : (byValue.get(String(value)) ?? OTHER_COLOUR));
  }
  return { colours, key: { kind: 'categories', title, shown, other, missing } };
}

/** Sizes from a numeric source; a text property sizes nothing (null). */
export function sizeStyle(
  graph: DataGraph,
  source: StyleSource,
): { sizes: Map<string, number>; key: NonNullable<NodeStyles['sizeKey']> } | null {
  const values = nodeValues(graph, source);
  const range = isNumeric(values) ? extent(numbersOf(values)) : null;
  if (!range) return null;
  const sizes = new Map<string, number>();
  for (const [node, value] of values) {
    sizes.set(node, typeof value === 'number' ? sizeOf(value, range.min, range.max) : MISSING_SIZE);
  }
  return { sizes, key: { title: sourceTitle(source), ...range } };
}

export function nodeStyles(graph: DataGraph, state: StyleState): NodeStyles {
  const colour = state.colourBy === 'label' ? null : colourStyle(graph, state.colourBy);
  const size = state.sizeBy === null ? null : sizeStyle(graph, state.sizeBy);
  return {
    colours: colour?.colours ?? null,
    colourKey: colour?.key ?? null,
    sizes: size?.sizes ?? null,
    sizeKey: size?.key ?? null,
  };
}

/**
 * The colour key counted over the nodes shown (the colours themselves come from the whole graph, so a filter
 * never recolours anything): a legend says how many of what is on screen, and lists nothing that is not.
 */
export function keyForShown(
  key: ColourKey,
  colours: Map<string, string>,
  shown: Iterable<string>,
): ColourKey {
  const counts = new Map<string, number>();
  for (const node of shown) {
    const colour = colours.get(node);
    if (colour) counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const missing = counts.get(MISSING_COLOUR) ?? 0;
  if (key.kind === 'ramp') return { ...key, missing };
  const categories = key.shown
    .map((category) => ({ ...category, count: counts.get(category.colour) ?? 0 }))
    .filter((category) => category.count > 0);
  return { ...key, shown: categories, other: counts.get(OTHER_COLOUR) ?? 0, missing };
}
