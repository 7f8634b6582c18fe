// Cypher script writer: recreates the subgraph in an empty Neo4j. Nodes MERGE by label and id, every
// value is a literal (strings escaped, dates as date('...')); one statement per line.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from 'neo4j-driver';
import type { ExportGraph } from '../export-graph.ts';
import type { Sink } from '../export-sink.ts';

export function cypherString(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters must become escapes.
  const escaped = text.replace(/[\\'\u0000-\u001F\u2028\u2029]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${escaped}'`;
}

export function cypherName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return Number.isNaN(value) ? '0.0/0.0' : value > 0 ? '1.0/0.0' : '-1.0/0.0';
    // Properties that were floats stay floats when read back.
    return Number.isInteger(value) ? `${value}.0` : String(value);
  }
  if (isInt(value)) return value.toString();
  if (isDate(value)) return `date(${cypherString(value.toString())})`;
  if (isDateTime(value)) return `datetime(${cypherString(value.toString())})`;
  if (isLocalDateTime(value)) return `localdatetime(${cypherString(value.toString())})`;
  if (isTime(value)) return `time(${cypherString(value.toString())})`;
  if (isLocalTime(value)) return `localtime(${cypherString(value.toString())})`;
  if (isDuration(value)) return `duration(${cypherString(value.toString())})`;
  if (isPoint(value)) {
    const z = value.z === undefined ? '' : `, z: ${value.z}`;
    return `point({srid: ${value.srid.toString()}, x: ${value.x}, y: ${value.y}${z}})`;
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, inner]) => `${cypherName(key)}: ${cypherLiteral(inner)}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return cypherString(String(value));
}

function propertyMap(raw: Record<string, unknown>, leaveOut: string[] = []): string {
  const entries = Object.entries(raw)
    .filter(([key]) => !leaveOut.includes(key))
    .map(([key, value]) => `${cypherName(key)}: ${cypherLiteral(value)}`);
  return `{${entries.join(', ')}}`;
}

function splitKey(key: string): { label: string; id: string } {
  const colon = key.indexOf(':');
  return { label: key.slice(0, colon), id: key.slice(colon + 1) };
}

export async function writeCypherScript(graph: ExportGraph, write: Sink): Promise<void> {
  await write(
    `// actorgraph export (${graph.subset}): run on an empty Neo4j, e.g. cypher-shell -f this-file.\n` +
      '// Nodes are merged by label and id; relationships by type, ends and properties.\n',
  );
  for await (const node of graph.nodes()) {
    const { label, id } = splitKey(node.key);
    await write(
      `MERGE (n:${cypherName(label)} {id: ${cypherString(id)}}) SET n += ${propertyMap(node.raw, ['id'])};\n`,
    );
  }
  for await (const edge of graph.edges()) {
    const a = splitKey(edge.source);
    const b = splitKey(edge.target);
    const props = Object.keys(edge.raw).length > 0 ? ` ${propertyMap(edge.raw)}` : '';
    await write(
      `MATCH (a:${cypherName(a.label)} {id: ${cypherString(a.id)}}), (b:${cypherName(b.label)} {id: ${cypherString(b.id)}}) ` +
        `MERGE (a)-[:${cypherName(edge.type)}${props}]->(b);\n`,
    );
  }
}
