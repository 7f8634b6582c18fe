// GraphML writer (networkx, yEd, graphology-graphml, apoc.import.graphml): typed keys declared first, one
// <data> per value; labels in APOC's `:Person:Actor` form (the node's `labels` attribute and key) and the
// relationship type as the edge's `label` attribute (APOC) and `type` key; lists as APOC writes them
// (`attr.list`, JSON array text); who met whom undirected; truncation as a graph-level key.
import { type Column, columnText, edgeColumns, labelsText, nodeColumns } from '../columns.ts';
import type { ExportGraph } from '../export-graph.ts';
import type { Sink } from '../export-sink.ts';
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

function data<Item>(domain: 'node' | 'edge', item: Item, columns: Column<Item>[]): string {
  const parts: string[] = [];
  columns.forEach((column, index) => {
    const text = columnText(column, item);
    if (text !== undefined) parts.push(`<data key="${domain[0]}${index}">${escapeXmlText(text)}</data>`);
  });
  return parts.join('');
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
  for await (const node of graph.nodes()) {
    await write(
      `    <node id="${escapeXml(node.key)}" labels="${escapeXml(labelsText(node.labels))}">${data('node', node, nodeCols)}${graphmlViewData(view, node.key)}</node>\n`,
    );
  }
  for await (const edge of graph.edges()) {
    await write(
      `    <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" label="${escapeXml(edge.type)}">` +
        `${data('edge', edge, edgeCols)}</edge>\n`,
    );
  }
  await write('  </graph>\n</graphml>\n');
}
