// Picks the writer, the content type and the download name for each export format.
import type { ExportFormat, ExportView } from '../../../contract/index.ts';
import type { ExportGraph } from '../export-graph.ts';
import type { Sink } from '../export-sink.ts';
import { type CsvPart, writeCsv } from './csv.ts';
import { writeCsvZip } from './csv-zip.ts';
import { writeCypherScript } from './cypher-script.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { writeJson } from './json.ts';

export interface FormatChoice {
  format: ExportFormat;
  part: CsvPart;
  /** CSV: a UTF-8 byte order mark first; on unless turned off. */
  bom?: boolean | undefined;
  /** GEXF/GraphML: the explorer's positions and colours of the shown nodes. */
  view?: ExportView | undefined;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  cypher: 'application/x-cypher-query; charset=utf-8',
};

const ZIP_TYPE = 'application/zip';

export function contentType({ format, part }: FormatChoice): string {
  return format === 'csv' && part === 'zip' ? ZIP_TYPE : CONTENT_TYPES[format];
}

export function downloadName(subset: string, { format, part }: FormatChoice): string {
  const safe = subset.replace(/[^\w.-]+/g, '_');
  if (format !== 'csv') return `actorgraph-${safe}.${format}`;
  return part === 'zip' ? `actorgraph-${safe}-csv.zip` : `actorgraph-${safe}-${part}.csv`;
}

export function writeFormat(choice: FormatChoice, graph: ExportGraph, sink: Sink): Promise<void> {
  switch (choice.format) {
    case 'json':
      return writeJson(graph, sink);
    case 'gexf':
      return writeGexf(graph, sink, choice.view?.nodes);
    case 'graphml':
      return writeGraphml(graph, sink, choice.view?.nodes);
    case 'csv':
      return choice.part === 'zip'
        ? writeCsvZip(graph, sink, choice.bom ?? true)
        : writeCsv(graph, sink, choice.part, choice.bom ?? true);
    case 'cypher':
      return writeCypherScript(graph, sink);
  }
}
