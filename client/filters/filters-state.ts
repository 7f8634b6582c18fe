// UI state for filters: hidden labels, relationship types and meeting statuses, the window on fact dates, and
// the least number of sources a fact must have.
import type { NodeAttributes } from '../api/types.ts';
import { createStore } from '../ui/store.ts';
import { factDates, overlapsWindow } from './time-fit.ts';

export interface FiltersState {
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  hiddenStatuses: ReadonlySet<string>;
  /** Inclusive 'YYYY-MM-DD' bounds of the window on fact dates; null leaves that side open. */
  from: string | null;
  to: string | null;
  /** Facts reported by fewer distinct published articles (the API's sourceCount) are hidden; 1 hides none. */
  minSources: number;
}

export const emptyFilters: FiltersState = {
  hiddenLabels: new Set(),
  hiddenTypes: new Set(),
  hiddenStatuses: new Set(),
  from: null,
  to: null,
  minSources: 1,
};

/**
 * Statements and claims are named by whole sentences and make up almost half the seed graph: the first view
 * shows actors and meetings, and one click (the caption's button or the legend) brings these in.
 */
export const DEFAULT_HIDDEN_LABELS: readonly string[] = ['Statement', 'ResourceClaim'];

/** What the Explorer opens with: the empty filters but for the labels hidden by default. */
export const initialFilters: FiltersState = { ...emptyFilters, hiddenLabels: new Set(DEFAULT_HIDDEN_LABELS) };

/** The choices of "reported by at least N sources": 3 stands for three or more. */
export const MIN_SOURCES_CHOICES = [1, 2, 3] as const;

/** Node labels of facts, the nodes the API gives a `sourceCount` (server/graph/visibility.ts FACT_LABELS). */
export const FACT_LABELS: readonly string[] = ['Meeting', 'Statement', 'ResourceClaim', 'Agreement', 'Event'];

/** A whole number of sources from 1 to 1000; anything else (a bad link) is no filter. */
export function validMinSources(value: unknown): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
}

export const MEETING_STATUSES = ['held', 'scheduled', 'proposed', 'cancelled'] as const;

function toggled(set: ReadonlySet<string>, value: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export const toggleLabel = (s: FiltersState, label: string): FiltersState => ({
  ...s,
  hiddenLabels: toggled(s.hiddenLabels, label),
});
export const toggleType = (s: FiltersState, type: string): FiltersState => ({
  ...s,
  hiddenTypes: toggled(s.hiddenTypes, type),
});
export const toggleStatus = (s: FiltersState, status: string): FiltersState => ({
  ...s,
  hiddenStatuses: toggled(s.hiddenStatuses, status),
});
export const withTimeRange = (s: FiltersState, from: string | null, to: string | null): FiltersState => ({
  ...s,
  from,
  to,
});

export const withMinSources = (s: FiltersState, minSources: number): FiltersState => ({
  ...s,
  minSources: validMinSources(minSources),
});

/**
 * Whether a fact is reported often enough. A fact without a sourceCount (a Cypher console result) cannot be
 * shown to pass, so a filter above 1 hides it; nodes that are no facts always pass.
 */
function sourcedEnough(s: FiltersState, attributes: NodeAttributes): boolean {
  if (s.minSources <= 1 || !attributes.labels.some((label) => FACT_LABELS.includes(label))) return true;
  return (attributes.sourceCount ?? 0) >= s.minSources;
}

/**
 * Whether a node passes the filters. The time window applies to every fact and keeps those whose range
 * `[dateFrom, dateTo]` overlaps it (a month-dated fact stays in a window of its last week); undated facts stay
 * visible unless a window is set.
 */
export function nodePasses(s: FiltersState, attributes: NodeAttributes): boolean {
  if (s.hiddenLabels.has(attributes.nodeLabel)) return false;
  if (!sourcedEnough(s, attributes)) return false;
  if (!FACT_LABELS.includes(attributes.nodeLabel)) return true;
  const { status } = attributes.properties;
  if (attributes.nodeLabel === 'Meeting' && typeof status === 'string' && s.hiddenStatuses.has(status)) {
    return false;
  }
  if (s.from === null && s.to === null) return true;
  const dates = factDates(attributes.properties);
  return dates !== null && overlapsWindow(dates, s.from, s.to);
}

export const edgePasses = (s: FiltersState, type: string): boolean => !s.hiddenTypes.has(type);

/** Shows or hides every label in `labels` at once (the caption's one-click switch for statements and claims). */
export function withLabelsShown(s: FiltersState, labels: readonly string[], shown: boolean): FiltersState {
  const next = new Set(s.hiddenLabels);
  for (const label of labels) {
    if (shown) next.delete(label);
    else next.add(label);
  }
  return { ...s, hiddenLabels: next };
}

export const filters = createStore<FiltersState>(initialFilters);
