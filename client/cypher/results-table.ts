// The console's table: one column per RETURN item; nodes and relationships shown by name and type.
import { h } from '../app/dom.ts';

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // A relationship: {key, type, source, target, properties}.
    if (typeof record.type === 'string' && typeof record.source === 'string') {
      const role = (record.properties as Record<string, unknown> | undefined)?.role;
      return `[:${record.type}]${typeof role === 'string' ? ` (${role})` : ''}`;
    }
    const attributes = (record.attributes ?? record.properties ?? record) as Record<string, unknown>;
    const named = attributes.name ?? attributes.title ?? attributes.text;
    if (typeof named === 'string') return attributes.label ? `${named} (${String(attributes.label)})` : named;
    return JSON.stringify(value);
  }
  return String(value);
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
