// GraphML writer (networkx, yEd, graphology-graphml): typed keys declared first, one <data> per value.

import type { Json } from '../../../contract/index.ts';
import { type AttributeDecl, type ExportGraph, edgeAttributesOf, nodeAttributesOf } from '../export-graph.ts';
import type { Sink } from '../export-sink.ts';
import { escapeXml, valueText, XML_ATTRIBUTE_TYPES } from './xml.ts';

function keys(domain: 'node' | 'edge', decls: AttributeDecl[]): string {
  return decls
    .map(
      (decl, index) =>
        `  <key id="${domain[0]}${index}" for="${domain}" attr.name="${escapeXml(decl.name)}" attr.type="${XML_ATTRIBUTE_TYPES[decl.type]}"/>\n`,
    )
    .join('');
}

function data(domain: 'node' | 'edge', values: Record<string, Json>, decls: AttributeDecl[]): string {
  const parts: string[] = [];
  decls.forEach((decl, index) => {
    const text = valueText(values[decl.name] ?? null, decl.type);
    if (text !== undefined) parts.push(`<data key="${domain[0]}${index}">${escapeXml(text)}</data>`);
  });
  return parts.join('');
}

export async function writeGraphml(graph: ExportGraph, write: Sink): Promise<void> {
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      keys('node', graph.nodeAttributes) +
      keys('edge', graph.edgeAttributes) +
      `  <graph id="${escapeXml(graph.subset)}" edgedefault="directed">\n`,
  );
  for await (const node of graph.nodes()) {
    await write(
      `    <node id="${escapeXml(node.key)}">${data('node', nodeAttributesOf(node), graph.nodeAttributes)}</node>\n`,
    );
  }
  for await (const edge of graph.edges()) {
    await write(
      `    <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">` +
        `${data('edge', edgeAttributesOf(edge), graph.edgeAttributes)}</edge>\n`,
    );
  }
  await write('  </graph>\n</graphml>\n');
}
