// The console's table as a file: CSV by the exports' own cell rules (BOM, quoting, formula defusing, from
// server/export/formats/csv-cells.ts) or JSON of the columns and rows as the API answered them.
import { BOM, csvField, defuse } from '../../server/export/formats/csv-cells.ts';
import type { CypherResponse } from '../api/types.ts';
import { download } from '../export/download.ts';
import { exportFileName } from '../export/export-request.ts';
import { announce, h } from '../ui/dom.ts';

type Table = Pick<CypherResponse, 'columns' | 'rows'>;

/** Numbers stay as they are (a number is never a formula); text is defused; nodes, lists and maps are JSON. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvField(value);
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return csvField(defuse(text, false));
}

export function resultsCsv({ columns, rows }: Table): string {
  const lines = [columns.map((column) => csvField(defuse(column, false)))];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column])));
  return BOM + lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

export const resultsJson = ({ columns, rows }: Table): string =>
  `${JSON.stringify({ columns, rows }, null, 2)}\n`;

function save(kind: 'csv' | 'json', table: Table): void {
  const text = kind === 'csv' ? resultsCsv(table) : resultsJson(table);
  const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  const fileName = exportFileName('cypher-results', kind, new Date());
  download(new Blob([text], { type }), fileName);
  announce(`${table.rows.length} row(s) saved as ${fileName}.`);
}

export function downloadButtons(table: Table): HTMLElement {
  return h(
    'div',
    { class: 'downloads', role: 'group', 'aria-label': 'Download the results' },
    h('button', { type: 'button', id: 'cypher-download-csv', onclick: () => save('csv', table) }, 'CSV'),
    h('button', { type: 'button', id: 'cypher-download-json', onclick: () => save('json', table) }, 'JSON'),
  );
}
