// GEXF 1.3 writer (Gephi): attributes declared with types, the node name as its label, sources as attributes.

import type { Json } from '../../../contract/index.ts';
import { type AttributeDecl, type ExportGraph, edgeAttributesOf, nodeAttributesOf } from '../export-graph.ts';
import type { Sink } from '../export-sink.ts';
import { escapeXml, valueText, XML_ATTRIBUTE_TYPES } from './xml.ts';

/** Gephi has its own Id and Label columns (and Type, Kind, Weight for edges): ours get a prefix there. */
const RESERVED_NODE = new Set(['id', 'label']);
const RESERVED_EDGE = new Set(['id', 'label', 'type', 'kind', 'weight']);

export function gexfTitle(name: string, reserved: ReadonlySet<string>): string {
  return reserved.has(name.toLowerCase()) ? `neo4j_${name}` : name;
}

function declarations(cls: 'node' | 'edge', decls: AttributeDecl[], reserved: ReadonlySet<string>): string {
  const lines = decls.map(
    (decl, index) =>
      `      <attribute id="${index}" title="${escapeXml(gexfTitle(decl.name, reserved))}" type="${XML_ATTRIBUTE_TYPES[decl.type]}"/>\n`,
  );
  return `    <attributes class="${cls}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues(values: Record<string, Json>, decls: AttributeDecl[], skip: ReadonlySet<string>): string {
  const parts: string[] = [];
  decls.forEach((decl, index) => {
    if (skip.has(decl.name)) return;
    const text = valueText(values[decl.name] ?? null, decl.type);
    if (text !== undefined) parts.push(`<attvalue for="${index}" value="${escapeXml(text)}"/>`);
  });
  return parts.length === 0 ? '' : `<attvalues>${parts.join('')}</attvalues>`;
}

export async function writeGexf(graph: ExportGraph, write: Sink): Promise<void> {
  const edgeDecls = graph.edgeAttributes.filter((decl) => decl.name !== 'weight');
  const today = new Date().toISOString().slice(0, 10);
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      `  <meta lastmodifieddate="${today}">\n    <creator>actorgraph</creator>\n` +
      `    <description>${escapeXml(`actorgraph export: ${graph.subset}`)}</description>\n  </meta>\n` +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      declarations('node', graph.nodeAttributes, RESERVED_NODE) +
      declarations('edge', edgeDecls, RESERVED_EDGE) +
      '    <nodes>\n',
  );
  for await (const node of graph.nodes()) {
    const attributes = nodeAttributesOf(node);
    await write(
      `      <node id="${escapeXml(node.key)}" label="${escapeXml(String(attributes.name))}">` +
        `${attvalues(attributes, graph.nodeAttributes, new Set())}</node>\n`,
    );
  }
  await write('    </nodes>\n    <edges>\n');
  for await (const edge of graph.edges()) {
    const attributes = edgeAttributesOf(edge);
    const weight = typeof attributes.weight === 'number' ? ` weight="${attributes.weight}"` : '';
    await write(
      `      <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" ` +
        `label="${escapeXml(edge.type)}"${weight}>${attvalues(attributes, edgeDecls, new Set())}</edge>\n`,
    );
  }
  await write('    </edges>\n  </graph>\n</gexf>\n');
}
