// UI state for styling by data: what colours the nodes (their label unless chosen) and what sizes them when a
// property is chosen instead of one of the size metrics (degree, betweenness, PageRank in the view state).
import { createStore } from '../ui/store.ts';

/**
 * Where a colour or size comes from: `label`, a metric (`degree`, `betweenness`, `pagerank`), the fact's
 * `sourceCount`, or a Neo4j property as `p.<name>`.
 */
export type StyleSource = string;

export interface StyleState {
  colourBy: StyleSource;
  /** null: the size metric of the view state decides. */
  sizeBy: StyleSource | null;
}

export const emptyStyle: StyleState = { colourBy: 'label', sizeBy: null };

export const styleState = createStore<StyleState>(emptyStyle);

export const METRIC_SOURCES = ['degree', 'betweenness', 'pagerank'] as const;
const NAMED = new Set<string>(['label', 'sourceCount', ...METRIC_SOURCES]);
const PROPERTY = /^p\.[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** A source read from a link is used only if it names a metric, sourceCount, label or a plain property. */
export const validSource = (text: string | null): text is StyleSource =>
  text !== null && (NAMED.has(text) || PROPERTY.test(text));

export const propertySource = (name: string): StyleSource => `p.${name}`;

/** The words for a source: "degree", "sources", "property status". */
export function sourceTitle(source: StyleSource): string {
  if (source === 'sourceCount') return 'sources';
  if (source === 'pagerank') return 'PageRank';
  return source.startsWith('p.') ? source.slice(2) : source;
}

export const setColourBy = (colourBy: StyleSource): void =>
  styleState.update((s) => (s.colourBy === colourBy ? s : { ...s, colourBy }));
export const setDataSizeBy = (sizeBy: StyleSource | null): void =>
  styleState.update((s) => (s.sizeBy === sizeBy ? s : { ...s, sizeBy }));
