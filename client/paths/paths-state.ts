// UI state of the path finder: the two ends, the search options and the paths found, with pure helpers that
// build the request and write a path as names, relationship types and directions.
import type { PathStep } from '../api/types.ts';
import { createStore } from '../ui/store.ts';

export interface PathEnd {
  key: string;
  name: string;
}

export interface FoundPath {
  nodes: string[];
  edges: string[];
  steps: PathStep[];
}

export interface PathOptions {
  /** At most this many paths, shortest first. */
  k: number;
  /** The hop limit. */
  maxLength: number;
  /** Statements and claims link anyone who spoke of anyone: a path through one is a weak link. */
  avoidSentences: boolean;
  /** The relationship types to walk; null: the server's default (all but provenance links). */
  types: string[] | null;
}

export interface PathsState {
  from: PathEnd | null;
  to: PathEnd | null;
  options: PathOptions;
  paths: FoundPath[];
  /** false when the server ran out of time looking for more than the shortest paths (contract/paths.ts). */
  complete: boolean;
}

export const MAX_K = 10;
export const MAX_HOPS = 10;
export const SENTENCE_LABELS = ['Statement', 'ResourceClaim'];
/** Walked only when chosen: a path through them says "both were in the news", not how the two are related. */
export const PROVENANCE_TYPES = ['REPORTED_IN', 'MENTIONS'];

export const defaultPathOptions: PathOptions = { k: 3, maxLength: 6, avoidSentences: true, types: null };
export const emptyPaths: PathsState = {
  from: null,
  to: null,
  options: defaultPathOptions,
  paths: [],
  complete: true,
};
export const pathsState = createStore<PathsState>(emptyPaths);

export const pathNodes = (s: PathsState): Set<string> => new Set(s.paths.flatMap((path) => path.nodes));
export const pathEdges = (s: PathsState): Set<string> => new Set(s.paths.flatMap((path) => path.edges));

const clamp = (value: number, min: number, max: number, fallback: number): number =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;

/** Options as typed by the reader, kept within what the API accepts. */
export function withOptions(state: PathsState, change: Partial<PathOptions>): PathsState {
  const next = { ...state.options, ...change };
  return {
    ...state,
    options: {
      ...next,
      k: clamp(next.k, 1, MAX_K, defaultPathOptions.k),
      maxLength: clamp(next.maxLength, 1, MAX_HOPS, defaultPathOptions.maxLength),
    },
  };
}

/** The default types: every type but the provenance links, which the server leaves out when none are named. */
export const defaultTypes = (all: readonly string[]): string[] =>
  all.filter((type) => !PROVENANCE_TYPES.includes(type));

/** The query parameters of GET /api/paths; the default types are not sent, so the server's default applies. */
export function pathRequest(
  state: PathsState,
  allTypes: readonly string[] = [],
): { from: string; to: string; k: number; maxLength: number; avoid?: string; types?: string } | null {
  if (!state.from || !state.to) return null;
  const { k, maxLength, avoidSentences, types } = state.options;
  const chosen = types ? [...types].sort() : null;
  const isDefault = !chosen || chosen.join() === defaultTypes(allTypes).sort().join();
  return {
    from: state.from.key,
    to: state.to.key,
    k,
    maxLength,
    ...(avoidSentences ? { avoid: SENTENCE_LABELS.join(',') } : {}),
    ...(isDefault ? {} : { types: chosen.join(',') }),
  };
}

/** One hop as an arrow that says the type and which way the relationship points: —MET→ or ←ATTENDED—. */
export const stepArrow = (step: Pick<PathStep, 'type' | 'direction'>): string =>
  step.direction === 'forward' ? ` —${step.type}→ ` : ` ←${step.type}— `;

/** A path as "A —MET→ B ←ATTENDED— C", with names instead of keys. */
export function describePath(path: FoundPath, name: (key: string) => string): string {
  return path.nodes.map((key, i) => name(key) + (path.steps[i] ? stepArrow(path.steps[i]) : '')).join('');
}

/** What the options say in one line, for the summary of the options drawer. */
export function optionsSummary(options: PathOptions): string {
  const parts = [`${options.k} ${options.k === 1 ? 'path' : 'paths'}`, `≤ ${options.maxLength} hops`];
  if (options.avoidSentences) parts.push('no statements or claims');
  if (options.types) parts.push(`${options.types.length} types`);
  return parts.join(', ');
}
