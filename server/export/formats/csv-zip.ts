// A zip of nodes.csv, relationships.csv and README.md (the columns explained), deflated as it streams.
import { Zip, ZipDeflate } from 'fflate';
import { edgeColumns, nodeColumns } from '../columns.ts';
import type { ExportGraph } from '../export-graph.ts';
import type { Sink } from '../export-sink.ts';
import { BOM, edgeHeader, nodeHeader, writeCsvEdges, writeCsvNodes } from './csv.ts';

function readme(graph: ExportGraph): string {
  const nodes = nodeHeader(nodeColumns(graph));
  const edges = edgeHeader(edgeColumns(graph));
  return [
    `# actorgraph export: ${graph.subset}`,
    '',
    graph.truncatedAt === null
      ? 'Complete: every node and relationship of the subset.'
      : `TRUNCATED: the query had more rows than maxRows=${graph.truncatedAt}; these files are incomplete.`,
    '',
    'CSV: RFC 4180, UTF-8, CRLF line ends, a header row. Lists and maps are JSON text. Text cells that',
    "start with = + - @ TAB or CR carry a leading ' so a spreadsheet does not run them as formulas.",
    '',
    '## nodes.csv',
    `Columns: ${nodes.join(', ')}`,
    '- key: `Label:id`, what relationships.csv names as source and target',
    '- labels: every Neo4j label, `:Person:Actor` (APOC convention)',
    '- id, name: the node id and display name',
    '- prop_<name>: a Neo4j property whose name is one of the columns above (label, type, key, …)',
    '- sourceCount: facts only, the number of distinct published articles reporting it',
    '- evidence: facts only, JSON list of {article, title, titleInferred, outlet, outletInferred, published, quote}',
    '',
    '## relationships.csv',
    `Columns: ${edges.join(', ')}`,
    '- key, source, target: the relationship and its end nodes’ keys',
    '- directed: false for who met whom (a symmetric relation), true otherwise',
    '- type: the Neo4j relationship type (MET for who met whom)',
    '- prop_<name>, sourceCount, evidence: as for nodes',
    '',
  ].join('\r\n');
}

/** Bridges fflate's callback output to the awaited sink, so the socket's backpressure still holds. */
export async function writeCsvZip(graph: ExportGraph, write: Sink, bom: boolean): Promise<void> {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else pending.push(chunk);
  });
  const flush = async () => {
    if (failure) throw failure;
    while (pending.length > 0) {
      const chunk = pending.shift();
      if (chunk) await write(chunk);
    }
  };
  const encoder = new TextEncoder();
  const file = async (name: string, body: (sink: Sink) => Promise<void>) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    if (bom) entry.push(encoder.encode(BOM));
    await body(async (text) => {
      entry.push(typeof text === 'string' ? encoder.encode(text) : text);
      await flush();
    });
    entry.push(new Uint8Array(0), true);
    await flush();
  };
  await file('nodes.csv', (sink) => writeCsvNodes(graph, sink));
  await file('relationships.csv', (sink) => writeCsvEdges(graph, sink));
  await file('README.md', (sink) => sink(readme(graph)));
  zip.end();
  await flush();
}
