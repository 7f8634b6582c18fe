// The flat columns GEXF, GraphML and CSV share: our own columns first (labels, id, name; type), then the
// Neo4j properties — renamed `prop_<name>` when a property would take one of our columns' names or a name
// the readers give a meaning of their own — then sourceCount and evidence.
import { type Escape, evidenceText } from './evidence-text.ts';
import type { AttributeDecl, AttributeType, ExportEdge, ExportGraph, ExportNode } from './export-graph.ts';
import { valueText } from './value-text.ts';

export interface Column<Item> extends AttributeDecl {
  value: (item: Item) => unknown;
  /**
   * The value as text, passed through `escaper` (which replaces each character on its own), when the column
   * has a faster way than valueText and escaping the whole to the same text (the evidence).
   */
  text?: (item: Item, escaper?: Escape) => string | undefined;
}

/**
 * A column's value as text for its declared type, passed through `escaper` when one is given (undefined: no
 * value).
 */
export function columnText<Item>(column: Column<Item>, item: Item, escaper?: Escape): string | undefined {
  if (column.text) return column.text(item, escaper);
  const text = valueText(column.value(item), column.type);
  return text === undefined || escaper === undefined ? text : escaper(text);
}

/** Names a node property may not keep: our columns', and `label`, which Gephi and yEd read as the caption. */
const RESERVED_NODE = new Set(['key', 'labels', 'label', 'type', 'sourcecount', 'evidence']);
/** Names an edge property may not keep: our columns', the CSV ends, and the XML formats' edge attributes. */
const RESERVED_EDGE = new Set([
  'key',
  'id',
  'source',
  'target',
  'type',
  'kind',
  'label',
  'directed',
  'sourcecount',
  'evidence',
]);

export function propertyColumnName(name: string, domain: 'node' | 'edge'): string {
  const reserved = domain === 'node' ? RESERVED_NODE : RESERVED_EDGE;
  return reserved.has(name.toLowerCase()) || name.startsWith('prop_') ? `prop_${name}` : name;
}

/** APOC's convention for several labels in one text: `:Person:Actor`. */
export function labelsText(labels: readonly string[]): string {
  return labels.map((label) => `:${label}`).join('');
}

function displayName(node: ExportNode): string {
  const { name, title, text } = node.raw;
  for (const value of [name, title]) if (typeof value === 'string' && value !== '') return value;
  if (typeof text === 'string' && text !== '') return text.slice(0, 80);
  return node.key.slice(node.key.indexOf(':') + 1);
}

function sourcingColumns<Item extends ExportNode | ExportEdge>(withEvidence: boolean): Column<Item>[] {
  const count: Column<Item> = { name: 'sourceCount', type: 'long', value: (item) => item.sourceCount };
  const evidence: Column<Item> = {
    name: 'evidence',
    type: 'json',
    value: (item) => (item.sourceCount === null ? null : item.evidence),
    text: (item, escaper) => (item.sourceCount === null ? undefined : evidenceText(item.evidence, escaper)),
  };
  return withEvidence ? [count, evidence] : [count];
}

export function nodeColumns(graph: ExportGraph): Column<ExportNode>[] {
  const properties = graph.nodeProperties
    .filter((decl) => decl.name !== 'id' && decl.name !== 'name')
    .map(
      (decl): Column<ExportNode> => ({
        name: propertyColumnName(decl.name, 'node'),
        type: decl.type,
        value: (node) => node.raw[decl.name],
      }),
    );
  return [
    { name: 'labels', type: 'string', value: (node) => labelsText(node.labels) },
    { name: 'id', type: 'string', value: (node) => node.key.slice(node.key.indexOf(':') + 1) },
    { name: 'name', type: 'string', value: displayName },
    ...properties,
    ...sourcingColumns<ExportNode>(graph.withEvidence),
  ];
}

/** Edge columns after key/source/target: `type` is the relationship type. */
export function edgeColumns(graph: ExportGraph): Column<ExportEdge>[] {
  const properties = graph.edgeProperties.map(
    (decl): Column<ExportEdge> => ({
      name: propertyColumnName(decl.name, 'edge'),
      type: decl.type,
      value: (edge) => edge.raw[decl.name],
    }),
  );
  return [
    { name: 'type', type: 'string', value: (edge) => edge.type },
    ...properties,
    ...sourcingColumns<ExportEdge>(graph.withEvidence),
  ];
}

export type { AttributeType };
