// The console's table: one column per RETURN item; nodes and relationships shown by name and type.
import { h } from '../ui/dom.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Rows hold nodes as {key, labels, properties} and relationships as {key, type, source, target, properties}. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  if (!isRecord(value)) return String(value);
  const properties = isRecord(value.properties) ? value.properties : value;
  if (typeof value.type === 'string' && typeof value.source === 'string') {
    const { role } = properties;
    return `[:${value.type}]${typeof role === 'string' ? ` (${role})` : ''}`;
  }
  const named = properties.name ?? properties.title ?? properties.text;
  const label = Array.isArray(value.labels) ? value.labels[0] : undefined;
  if (typeof named === 'string') return typeof label === 'string' ? `${named} (${label})` : named;
  return JSON.stringify(value);
}

export function resultsTable(columns: string[], rows: unknown[]): HTMLElement {
  const cells = (row: unknown): unknown[] =>
    Array.isArray(row) ? row : columns.map((column) => (row as Record<string, unknown> | null)?.[column]);
  return h(
    'table',
    { class: 'results', id: 'cypher-table' },
    h('caption', { class: 'sr-only' }, 'Query results'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((column) => h('th', { scope: 'col' }, column)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {},
          cells(row).map((value) => h('td', {}, cellText(value))),
        ),
      ),
    ),
  );
}
