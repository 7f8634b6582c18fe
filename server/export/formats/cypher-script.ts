// Cypher script writer, fit for migrations: the schema first (id constraints, the full-text index), then
// nodes and relationships in batches of literal rows (`UNWIND [...] AS row`), one statement per line, so it
// runs in `cypher-shell -f` and statement by statement through any driver. Nodes MERGE on their first label
// and id with every label kept; relationships MERGE on type and ends with their properties SET afterwards;
// parallel ones (same type, same ends) are created together only where the pair has none of that type yet.
// Running it twice changes nothing the second time.
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
    // Floats stay floats when read back; `1e+21` is written `1e21`, the form Cypher's grammar takes.
    const text = String(value).replace('e+', 'e');
    return Number.isInteger(value) && !text.includes('e') ? `${text}.0` : text;
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

const BATCH_ROWS = 500;

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

function schema(labels: readonly string[]): string {
  const constraints = labels.map(
    (label) => `CREATE CONSTRAINT IF NOT EXISTS FOR (n:${cypherName(label)}) REQUIRE n.id IS UNIQUE;\n`,
  );
  const searchable = labels.map(cypherName).join('|');
  const fullText =
    labels.length === 0
      ? ''
      : `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:${searchable}) ` +
        'ON EACH [n.name, n.aliases, n.text, n.title, n.titleInferred];\n';
  return constraints.join('') + fullText;
}

/**
 * Rows wait in one bucket per statement shape (label set, or type and end labels) and are written as one
 * UNWIND statement when the bucket is full, and at the end: memory stays bounded by the shapes × BATCH_ROWS.
 */
class Batcher {
  private readonly buckets = new Map<string, { rows: string[]; statement: (rows: string) => string }>();
  constructor(private readonly write: Sink) {}

  async add(shape: string, row: string, statement: (rows: string) => string): Promise<void> {
    const bucket = this.buckets.get(shape) ?? { rows: [], statement };
    this.buckets.set(shape, bucket);
    bucket.rows.push(row);
    if (bucket.rows.length >= BATCH_ROWS) await this.flushBucket(shape);
  }

  private async flushBucket(shape: string): Promise<void> {
    const bucket = this.buckets.get(shape);
    if (bucket && bucket.rows.length > 0)
      await this.write(`${bucket.statement(`[${bucket.rows.join(', ')}]`)}\n`);
    this.buckets.delete(shape);
  }

  async flush(): Promise<void> {
    for (const shape of [...this.buckets.keys()]) await this.flushBucket(shape);
  }
}

function nodeStatement(label: string, more: string[]): (rows: string) => string {
  const setLabels = more.length > 0 ? ` SET n:${more.map(cypherName).join(':')}` : '';
  return (rows) =>
    `UNWIND ${rows} AS row MERGE (n:${cypherName(label)} {id: row.id}) SET n += row.props${setLabels};`;
}

function edgeStatement(type: string, from: string, to: string, parallel: boolean): (rows: string) => string {
  const ends = `MATCH (a:${cypherName(from)} {id: row.s}) MATCH (b:${cypherName(to)} {id: row.t})`;
  if (!parallel) {
    return (rows) =>
      `UNWIND ${rows} AS row ${ends} MERGE (a)-[r:${cypherName(type)}]->(b) SET r = row.props;`;
  }
  return (rows) =>
    `UNWIND ${rows} AS row ${ends} WITH a, b, row WHERE NOT EXISTS { (a)-[:${cypherName(type)}]->(b) } ` +
    `UNWIND row.rels AS props CREATE (a)-[r:${cypherName(type)}]->(b) SET r = props;`;
}

interface Group {
  type: string;
  source: string;
  target: string;
  rels: Record<string, unknown>[];
}

export async function writeCypherScript(graph: ExportGraph, write: Sink): Promise<void> {
  const truncated =
    graph.truncatedAt === null
      ? ''
      : `// TRUNCATED: the query had more rows than maxRows=${graph.truncatedAt}; this script is incomplete.\n`;
  await write(
    `// actorgraph export (${graph.subset}): cypher-shell -f this-file, or run it line by line.\n${truncated}` +
      '// Nodes MERGE on their first label and id; relationships on type and ends, properties SET after.\n' +
      schema(graph.labels),
  );
  const batch = new Batcher(write);
  const idless = new Set<string>();
  for await (const nodes of graph.nodes()) {
    for (const node of nodes) {
      const { label, id } = splitKey(node.key);
      if (typeof node.raw.id !== 'string' || node.raw.id === '') {
        // No id to merge on, and none is invented: such a node (made by a user's query) is left out, said here.
        idless.add(node.key);
        continue;
      }
      const more = node.labels.filter((other) => other !== label);
      const row = `{id: ${cypherString(id)}, props: ${propertyMap(node.raw, ['id'])}}`;
      await batch.add(`n|${label}|${more.join(':')}`, row, nodeStatement(label, more));
    }
  }
  await batch.flush();
  if (idless.size > 0)
    await write(`// Left out, no id to merge on: ${idless.size} node(s) and their relationships.\n`);

  // Parallel relationships arrive next to each other: a group is written once its last member has passed.
  let group: Group | undefined;
  const emit = async (done: Group) => {
    const a = splitKey(done.source);
    const b = splitKey(done.target);
    const parallel = done.rels.length > 1;
    const row = parallel
      ? `{s: ${cypherString(a.id)}, t: ${cypherString(b.id)}, rels: [${done.rels.map((raw) => propertyMap(raw)).join(', ')}]}`
      : `{s: ${cypherString(a.id)}, t: ${cypherString(b.id)}, props: ${propertyMap(done.rels[0] ?? {})}}`;
    await batch.add(
      `r|${done.type}|${a.label}|${b.label}|${parallel}`,
      row,
      edgeStatement(done.type, a.label, b.label, parallel),
    );
  };
  for await (const edges of graph.edges()) {
    for (const edge of edges) {
      if (idless.has(edge.source) || idless.has(edge.target)) continue;
      if (group && group.type === edge.type && group.source === edge.source && group.target === edge.target) {
        group.rels.push(edge.raw);
        continue;
      }
      if (group) await emit(group);
      group = { type: edge.type, source: edge.source, target: edge.target, rels: [edge.raw] };
    }
  }
  if (group) await emit(group);
  await batch.flush();
}
