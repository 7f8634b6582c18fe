// The pairs of who met whom as a sortable table beside the canvas: every pair reachable by keyboard, with its
// meetings, status, sources and dates; choosing a pair selects its edge and lists its meetings.
import { edgePasses, filters, nodePasses } from '../filters/filters-state.ts';
import { type DataGraph, displayName } from '../graph/data-graph.ts';
import { selectEdge } from '../selection/selection-state.ts';
import { sourceCountOf } from '../sources/source-count.ts';
import { h } from '../ui/dom.ts';
import { pairStatus } from './met-style.ts';
import { unpairedMeetings, unpairedNote } from './unpaired.ts';

export interface PairRow {
  key: string;
  pair: string;
  meetings: number;
  status: string;
  sources: number;
  dates: string;
}

type Column = keyof Omit<PairRow, 'key'>;
const COLUMNS: { column: Column; text: string }[] = [
  { column: 'pair', text: 'Pair' },
  { column: 'meetings', text: 'Meetings' },
  { column: 'status', text: 'Status' },
  { column: 'sources', text: 'Sources' },
  { column: 'dates', text: 'Dates' },
];

/** The table's sort, kept while the panel is redrawn. */
let sort: { column: Column; descending: boolean } = { column: 'meetings', descending: true };

/** One row per pair the filters let through. */
export function pairRows(graph: DataGraph): PairRow[] {
  const state = filters.get();
  return graph
    .filterEdges((_edge, attributes, source, target) => {
      if (!edgePasses(state, attributes.relType)) return false;
      return [source, target].every((node) => nodePasses(state, graph.getNodeAttributes(node)));
    })
    .map((edge) => {
      const { properties } = graph.getEdgeAttributes(edge);
      const [a, b] = graph.extremities(edge).map((node) => displayName(graph.getNodeAttributes(node), node));
      const first = typeof properties.firstDate === 'string' ? properties.firstDate : '';
      const last = typeof properties.lastDate === 'string' ? properties.lastDate : '';
      const listed = Array.isArray(properties.sources) ? properties.sources.length : 0;
      return {
        key: edge,
        pair: `${a} – ${b}`,
        meetings: typeof properties.weight === 'number' ? properties.weight : 1,
        status: pairStatus(properties.statuses),
        sources: sourceCountOf(properties) ?? listed,
        dates: first === last ? first || 'undated' : `${first || '?'} – ${last || '?'}`,
      };
    });
}

export function sortRows(rows: PairRow[], column: Column, descending: boolean): PairRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((x, y) => {
    const a = x[column];
    const b = y[column];
    const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
    return sign * order || x.pair.localeCompare(y.pair);
  });
}

export function pairsTable(graph: DataGraph, redraw: () => void): HTMLElement {
  const rows = sortRows(pairRows(graph), sort.column, sort.descending);
  const header = COLUMNS.map(({ column, text }) => {
    const active = sort.column === column;
    return h(
      'th',
      { scope: 'col', 'aria-sort': active ? (sort.descending ? 'descending' : 'ascending') : null },
      h(
        'button',
        {
          type: 'button',
          class: 'sort',
          'data-sort': column,
          onclick: () => {
            sort = { column, descending: active ? !sort.descending : column !== 'pair' };
            redraw();
          },
        },
        text,
        active ? (sort.descending ? ' ▼' : ' ▲') : '',
      ),
    );
  });
  return h(
    'section',
    { class: 'pairs', 'aria-labelledby': 'pairs-title' },
    h('h2', { id: 'pairs-title' }, `Pairs (${rows.length})`),
    rows.length
      ? h(
          'table',
          { class: 'results', id: 'pairs-table' },
          h('thead', {}, h('tr', {}, header)),
          h(
            'tbody',
            {},
            rows.map((row) =>
              h(
                'tr',
                { 'data-edge': row.key, 'data-status': row.status },
                h(
                  'td',
                  {},
                  h(
                    'button',
                    { type: 'button', class: 'link', onclick: () => selectEdge(row.key) },
                    row.pair,
                  ),
                ),
                h('td', {}, String(row.meetings)),
                h('td', {}, row.status),
                h('td', {}, String(row.sources)),
                h('td', {}, row.dates),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No pair in the view.'),
    unpairedNote(unpairedMeetings.get()),
  );
}
