// The shareable part of the UI state, to and from the URL's query string (pure, so it is unit-tested).
import { DEFAULT_HIDDEN_LABELS, validMinSources } from '../filters/filters-state.ts';
import type { Selected } from '../selection/selection-state.ts';
import { validSource } from '../styling/style-state.ts';
import type { SizeMetric, ViewMode } from '../view/view-state.ts';
import {
  decodeCamera,
  decodeExpansions,
  type ExpandedNode,
  encodeCamera,
  encodeExpansions,
  type GraphCamera,
} from './view-code.ts';

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
  /** Replace the view by the query's result (else merged into it). */
  queryReplaces: boolean;
  /** Colour by a style source (null: by label); size by one that is not a metric (null: `sizeBy`). */
  colourBy: string | null;
  sizeByData: string | null;
  expanded: ExpandedNode[];
  camera: GraphCamera | null;
  /** The shown nodes' positions (`view-code.ts`), applied only to the same set of nodes. */
  positions: string | null;
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
  queryReplaces: false,
  colourBy: null,
  sizeByData: null,
  expanded: [],
  camera: null,
  positions: null,
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
    queryReplaces: params.get('q') !== null && params.get('qt') === 'replace',
    colourBy:
      validSource(params.get('colour')) && params.get('colour') !== 'label' ? params.get('colour') : null,
    sizeByData: size !== null && validSource(size) && !METRICS.has(size) && size !== 'label' ? size : null,
    expanded: decodeExpansions(params.get('expand')),
    camera: decodeCamera(params.get('cam')),
    positions: params.get('pos'),
  };
}

const METRICS = new Set(['degree', 'betweenness', 'pagerank']);

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
  if (state.query && state.queryReplaces) params.set('qt', 'replace');
  if (state.sizeByData) params.set('size', state.sizeByData);
  else if (state.sizeBy !== 'degree') params.set('size', state.sizeBy);
  if (state.colourBy && state.colourBy !== 'label') params.set('colour', state.colourBy);
  if (state.pathFrom && state.pathTo) params.set('path', `${state.pathFrom},${state.pathTo}`);
  if (state.expanded.length) params.set('expand', encodeExpansions(state.expanded));
  // The picture last: camera and positions, the parts a link can do without if it must be short.
  if (state.camera) params.set('cam', encodeCamera(state.camera));
  if (state.positions) params.set('pos', state.positions);
  const text = params.toString();
  return text ? `?${text}` : '';
}
