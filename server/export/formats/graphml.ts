// GraphML writer (networkx, yEd, graphology-graphml, apoc.import.graphml): typed keys declared first, one
// <data> per value; labels in APOC's `:Person:Actor` form (the node's `labels` attribute and key) and the
// relationship type as the edge's `label` attribute (APOC) and `type` key; lists as APOC writes them
// (`attr.list`, JSON array text); who met whom undirected; truncation as a graph-level key.
import { type Column, columnText, edgeColumns, labelsText, nodeColumns } from '../columns.ts';
import type { ExportGraph } from '../export-graph.ts';
import { type Sink, writeLines } from '../export-sink.ts';
import { graphmlViewData, graphmlViewKeys, type ViewStyle } from '../view-style.ts';
import { escapeXml, escapeXmlText, XML_ATTRIBUTE_TYPES } from './xml.ts';

function keys<Item>(domain: 'node' | 'edge', columns: Column<Item>[]): string {
  return columns
    .map((column, index) => {
      const list = column.type === 'list' ? ' attr.list="string"' : '';
      return `  <key id="${domain[0]}${index}" for="${domain}" attr.name="${escapeXml(column.name)}" attr.type="${XML_ATTRIBUTE_TYPES[column.type]}"${list}/>\n`;
    })
    .join('');
}

/** Each column's opening tag, made once: `<data key="n3">`. */
function dataTags(domain: 'node' | 'edge', columns: readonly unknown[]): string[] {
  return columns.map((_, index) => `<data key="${domain[0]}${index}">`);
}

function data<Item>(item: Item, columns: Column<Item>[], tags: readonly string[]): string {
  let out = '';
  for (let index = 0; index < columns.length; index++) {
    const text = columnText(columns[index] as Column<Item>, item, escapeXmlText);
    if (text !== undefined) out += `${tags[index]}${text}</data>`;
  }
  return out;
}

export async function writeGraphml(graph: ExportGraph, write: Sink, view?: ViewStyle): Promise<void> {
  const nodeCols = nodeColumns(graph);
  const edgeCols = edgeColumns(graph);
  const truncated =
    graph.truncatedAt === null
      ? ''
      : `    <data key="truncated">true</data><data key="maxRows">${graph.truncatedAt}</data>\n`;
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      keys('node', nodeCols) +
      graphmlViewKeys(view, new Set(nodeCols.map((column) => column.name))) +
      keys('edge', edgeCols) +
      (graph.truncatedAt === null
        ? ''
        : '  <key id="truncated" for="graph" attr.name="truncated" attr.type="boolean"/>\n' +
          '  <key id="maxRows" for="graph" attr.name="maxRows" attr.type="long"/>\n') +
      `  <graph id="${escapeXml(graph.subset)}" edgedefault="${graph.undirected ? 'undirected' : 'directed'}">\n` +
      truncated,
  );
  const nodeTags = dataTags('node', nodeCols);
  const edgeTags = dataTags('edge', edgeCols);
  await writeLines(
    graph.nodes(),
    write,
    (node) =>
      `    <node id="${escapeXml(node.key)}" labels="${escapeXml(labelsText(node.labels))}">${data(node, nodeCols, nodeTags)}${graphmlViewData(view, node.key)}</node>\n`,
  );
  await writeLines(
    graph.edges(),
    write,
    (edge) =>
      `    <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${escapeXml(edge.type)}">` +
      `${data(edge, edgeCols, edgeTags)}</edge>\n`,
  );
  await write('  </graph>\n</graphml>\n');
}
