// CSV writer (RFC 4180, CRLF): nodes or relationships, a header and one row each; lists as JSON text; text
// cells that a spreadsheet would run as a formula are defused; an optional UTF-8 byte order mark for Excel.
import { type Column, columnText, edgeColumns, nodeColumns } from '../columns.ts';
import type { ExportEdge, ExportGraph, ExportNode } from '../export-graph.ts';
import { type Sink, writeLines } from '../export-sink.ts';
import { BOM, csvField, defuse } from './csv-cells.ts';

export type CsvPart = 'nodes' | 'edges' | 'zip';

// The cell rules live apart, free of server imports, so the console's CSV download uses the same ones.
export { BOM, csvField, defuse } from './csv-cells.ts';

function cell<Item>(column: Column<Item>, item: Item): string {
  const text = columnText(column, item);
  if (text === undefined) return '';
  return csvField(defuse(text, column.type === 'long' || column.type === 'double'));
}

function row(cells: string[]): string {
  return `${cells.join(',')}\r\n`;
}

export function nodeHeader(columns: Column<ExportNode>[]): string[] {
  return ['key', ...columns.map((column) => column.name)];
}

export function edgeHeader(columns: Column<ExportEdge>[]): string[] {
  return ['key', 'source', 'target', 'directed', ...columns.map((column) => column.name)];
}

export async function writeCsvNodes(graph: ExportGraph, write: Sink): Promise<void> {
  const columns = nodeColumns(graph);
  await write(row(nodeHeader(columns).map(csvField)));
  await writeLines(graph.nodes(), write, (node) =>
    row([csvField(defuse(node.key, false)), ...columns.map((column) => cell(column, node))]),
  );
}

export async function writeCsvEdges(graph: ExportGraph, write: Sink): Promise<void> {
  const columns = edgeColumns(graph);
  const directed = graph.undirected ? 'false' : 'true';
  await write(row(edgeHeader(columns).map(csvField)));
  await writeLines(graph.edges(), write, (edge) => {
    const ends = [edge.key, edge.source, edge.target].map((end) => csvField(defuse(end, false)));
    return row([...ends, directed, ...columns.map((column) => cell(column, edge))]);
  });
}

export async function writeCsv(graph: ExportGraph, write: Sink, part: 'nodes' | 'edges', bom: boolean) {
  if (bom) await write(BOM);
  await (part === 'nodes' ? writeCsvNodes(graph, write) : writeCsvEdges(graph, write));
}
