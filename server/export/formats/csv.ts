// CSV writer (RFC 4180): one file per part, nodes or edges; a header, one row each, lists as JSON text.
import { type ExportGraph, edgeAttributesOf, nodeAttributesOf } from '../export-graph.ts';
import type { Sink } from '../export-sink.ts';

export type CsvPart = 'nodes' | 'edges';

/** Quotes a field when it holds a comma, a quote or a line break, doubling inner quotes; CRLF ends rows. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(fields: unknown[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export async function writeCsv(graph: ExportGraph, write: Sink, part: CsvPart): Promise<void> {
  if (part === 'nodes') {
    const columns = graph.nodeAttributes.map((decl) => decl.name);
    await write(row(['key', ...columns]));
    for await (const node of graph.nodes()) {
      const attributes = nodeAttributesOf(node);
      await write(row([node.key, ...columns.map((name) => attributes[name])]));
    }
    return;
  }
  const columns = graph.edgeAttributes.map((decl) => decl.name);
  await write(row(['key', 'source', 'target', ...columns]));
  for await (const edge of graph.edges()) {
    const attributes = edgeAttributesOf(edge);
    await write(row([edge.key, edge.source, edge.target, ...columns.map((name) => attributes[name])]));
  }
}
