// Picks the writer, the content type and the download name for each export format.
import type { ExportFormat } from '../../../contract/index.ts';
import type { ExportGraph } from '../export-graph.ts';
import type { Sink } from '../export-sink.ts';
import { type CsvPart, writeCsv } from './csv.ts';
import { writeCypherScript } from './cypher-script.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { writeJson } from './json.ts';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  cypher: 'application/x-cypher-query; charset=utf-8',
};

const EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  csv: 'csv',
  cypher: 'cypher',
};

export function downloadName(subset: string, format: ExportFormat, part: CsvPart): string {
  const safe = subset.replace(/[^\w.-]+/g, '_');
  return `actorgraph-${safe}${format === 'csv' ? `-${part}` : ''}.${EXTENSIONS[format]}`;
}

export function writeFormat(
  format: ExportFormat,
  graph: ExportGraph,
  sink: Sink,
  part: CsvPart,
): Promise<void> {
  switch (format) {
    case 'json':
      return writeJson(graph, sink);
    case 'gexf':
      return writeGexf(graph, sink);
    case 'graphml':
      return writeGraphml(graph, sink);
    case 'csv':
      return writeCsv(graph, sink, part);
    case 'cypher':
      return writeCypherScript(graph, sink);
  }
}
