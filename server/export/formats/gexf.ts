// GEXF 1.3 writer (Gephi): typed attributes (`liststring` for lists of strings), the node name as its label,
// the relationship type as the edge's `kind` (so Gephi keeps same-pair edges of different types apart),
// who met whom undirected, sources as attributes.
import { type Column, edgeColumns, nodeColumns } from '../columns.ts';
import type { ExportEdge, ExportGraph, ExportNode } from '../export-graph.ts';
import { type Sink, writeLines } from '../export-sink.ts';
import { listItems, valueText } from '../value-text.ts';
import { gexfViz, type ViewStyle } from '../view-style.ts';
import { escapeXml, escapeXmlSingleQuoted, XML_ATTRIBUTE_TYPES } from './xml.ts';

/** Gephi has its own Id and Label columns (and Type, Kind, Weight for edges): ours get a prefix there. */
const RESERVED_NODE = new Set(['id', 'label']);
const RESERVED_EDGE = new Set(['id', 'label', 'type', 'kind', 'weight']);

export function gexfTitle(name: string, reserved: ReadonlySet<string>): string {
  return reserved.has(name.toLowerCase()) ? `neo4j_${name}` : name;
}

function gexfType<Item>(column: Column<Item>): string {
  return column.type === 'list' ? 'liststring' : XML_ATTRIBUTE_TYPES[column.type];
}

function declarations<Item>(
  cls: 'node' | 'edge',
  columns: Column<Item>[],
  reserved: ReadonlySet<string>,
): string {
  const lines = columns.map(
    (column, index) =>
      `      <attribute id="${index}" title="${escapeXml(gexfTitle(column.name, reserved))}" type="${gexfType(column)}"/>\n`,
  );
  return `    <attributes class="${cls}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

/** GEXF 1.3 lists: `[item, item]`, each item JSON-quoted (Gephi, graphology-gexf; and valid JSON). */
function gexfValue<Item>(column: Column<Item>, item: Item): string | undefined {
  const value = column.value(item);
  if (column.type === 'list') {
    const items = listItems(value);
    if (items) return `[${items.map((text) => JSON.stringify(text)).join(', ')}]`;
  }
  return valueText(value, column.type);
}

/** Single-quoted: values are often JSON (lists, evidence), whose every `"` would otherwise be `&quot;`. */
function escapedGexfValue<Item>(column: Column<Item>, item: Item): string | undefined {
  if (column.text) return column.text(item, escapeXmlSingleQuoted);
  const text = gexfValue(column, item);
  return text === undefined ? undefined : escapeXmlSingleQuoted(text);
}

/** Each column's opening, made once: `<attvalue for="3" value='`. */
function attvalueTags(columns: readonly unknown[]): string[] {
  return columns.map((_, index) => `<attvalue for="${index}" value='`);
}

function attvalues<Item>(item: Item, columns: Column<Item>[], tags: readonly string[]): string {
  let out = '';
  for (let index = 0; index < columns.length; index++) {
    const text = escapedGexfValue(columns[index] as Column<Item>, item);
    if (text !== undefined) out += `${tags[index]}${text}'/>`;
  }
  return out === '' ? '' : `<attvalues>${out}</attvalues>`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A value as an ISO day, else undefined. At module level: under tsx a closure made per row is renamed per row. */
function dayText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = valueText(value, 'string');
  return text && DAY.test(text) ? text : undefined;
}

/** `start`/`end` of a dated fact (its range) or a who-met-whom pair (first and last meeting). */
function spell(from: unknown, to: unknown): string {
  const start = dayText(from);
  if (start === undefined) return '';
  const end = dayText(to);
  return end === undefined ? '' : ` start="${start}" end="${end}"`;
}

function header(graph: ExportGraph, nodes: Column<ExportNode>[], edges: Column<ExportEdge>[]): string {
  const today = new Date().toISOString().slice(0, 10);
  const truncated =
    graph.truncatedAt === null
      ? ''
      : ` TRUNCATED: the query had more rows than maxRows=${graph.truncatedAt}; this file is incomplete.`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta lastmodifieddate="${today}">\n    <creator>actorgraph</creator>\n` +
    (graph.truncatedAt === null ? '' : '    <keywords>truncated</keywords>\n') +
    `    <description>${escapeXml(`actorgraph export: ${graph.subset}.${truncated}`)}</description>\n  </meta>\n` +
    // Dynamic with dates, so Gephi's timeline can play dated facts (and who-met-whom pairs) by their spells.
    `  <graph defaultedgetype="${graph.undirected ? 'undirected' : 'directed'}" mode="dynamic" timeformat="date">\n` +
    declarations('node', nodes, RESERVED_NODE) +
    declarations('edge', edges, RESERVED_EDGE) +
    '    <nodes>\n'
  );
}

export async function writeGexf(graph: ExportGraph, write: Sink, view?: ViewStyle): Promise<void> {
  const nodeCols = nodeColumns(graph);
  // The MET weight is the edge's own weight in GEXF, not a column.
  const edgeCols = edgeColumns(graph).filter(
    (column) => !(column.name === 'weight' && (column.type === 'long' || column.type === 'double')),
  );
  await write(header(graph, nodeCols, edgeCols));
  const nodeTags = attvalueTags(nodeCols);
  const edgeTags = attvalueTags(edgeCols);
  await writeLines(graph.nodes(), write, (node) => {
    const name = nodeCols[2]?.value(node);
    return (
      `      <node id="${escapeXml(node.key)}" label="${escapeXml(String(name))}"${spell(node.raw.dateFrom, node.raw.dateTo)}>` +
      `${gexfViz(view, node.key)}${attvalues(node, nodeCols, nodeTags)}</node>\n`
    );
  });
  await write('    </nodes>\n    <edges>\n');
  await writeLines(graph.edges(), write, (edge) => {
    const weight = valueText(edge.raw.weight, 'double');
    const weightAttribute =
      weight !== undefined && Number.isFinite(Number(weight)) ? ` weight="${weight}"` : '';
    return (
      `      <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" ` +
      `kind="${escapeXml(edge.type)}" label="${escapeXml(edge.type)}"${weightAttribute}${spell(edge.raw.firstDate, edge.raw.lastDate)}>${attvalues(edge, edgeCols, edgeTags)}</edge>\n`
    );
  });
  await write('    </edges>\n  </graph>\n</gexf>\n');
}
