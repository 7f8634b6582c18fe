// The shareable part of the UI state, to and from the URL's query string (pure, so it is unit-tested).
import { DEFAULT_HIDDEN_LABELS, validMinSources } from '../filters/filters-state.ts';
import type { Selected } from '../selection/selection-state.ts';
import type { SizeMetric, ViewMode } from '../view/view-state.ts';

export interface UrlState {
  mode: ViewMode;
  selected: Selected;
  hiddenLabels: string[];
  hiddenTypes: string[];
  hiddenStatuses: string[];
  from: string | null;
  to: string | null;
  minSources: number;
  query: string | null;
  params: string | null;
  sizeBy: SizeMetric;
  pathFrom: string | null;
  pathTo: string | null;
}

export const defaultUrlState: UrlState = {
  mode: 'network',
  selected: null,
  hiddenLabels: [...DEFAULT_HIDDEN_LABELS],
  hiddenTypes: [],
  hiddenStatuses: [],
  from: null,
  to: null,
  minSources: 1,
  query: null,
  params: null,
  sizeBy: 'degree',
  pathFrom: null,
  pathTo: null,
};

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const node = params.get('node');
  const edge = params.get('edge');
  const size = params.get('size');
  const path = list(params.get('path'));
  return {
    mode: params.get('view') === 'meetings' ? 'meetings' : 'network',
    selected: node ? { kind: 'node', key: node } : edge ? { kind: 'edge', key: edge } : null,
    // Absent means the default (statements and claims hidden); present, even empty, says exactly what is hidden.
    hiddenLabels: params.has('hideLabels') ? list(params.get('hideLabels')) : [...DEFAULT_HIDDEN_LABELS],
    hiddenTypes: list(params.get('hideTypes')),
    hiddenStatuses: list(params.get('hideStatus')),
    from: isDate(params.get('from')) ? params.get('from') : null,
    to: isDate(params.get('to')) ? params.get('to') : null,
    minSources: validMinSources(params.get('minSources')),
    query: params.get('q'),
    params: params.get('qp'),
    sizeBy: size === 'betweenness' || size === 'pagerank' ? size : 'degree',
    pathFrom: path[0] ?? null,
    pathTo: path[1] ?? null,
  };
}

/** Only what differs from the defaults goes in, so a plain view has a plain URL. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.mode !== 'network') params.set('view', state.mode);
  if (state.selected) params.set(state.selected.kind, state.selected.key);
  const hiddenLabels = [...state.hiddenLabels].sort().join(',');
  if (hiddenLabels !== [...DEFAULT_HIDDEN_LABELS].sort().join(',')) params.set('hideLabels', hiddenLabels);
  if (state.hiddenTypes.length) params.set('hideTypes', [...state.hiddenTypes].sort().join(','));
  if (state.hiddenStatuses.length) params.set('hideStatus', [...state.hiddenStatuses].sort().join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.minSources > 1) params.set('minSources', String(state.minSources));
  if (state.query) params.set('q', state.query);
  if (state.query && state.params && state.params.trim() !== '{}') params.set('qp', state.params);
  if (state.sizeBy !== 'degree') params.set('size', state.sizeBy);
  if (state.pathFrom && state.pathTo) params.set('path', `${state.pathFrom},${state.pathTo}`);
  const text = params.toString();
  return text ? `?${text}` : '';
}
