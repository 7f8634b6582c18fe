// One driver per test file to the suite's real Neo4j, and helpers that compare the whole database.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../server/db/driver.ts';
import './provided.ts';

let driver: Driver | undefined;

export function getTestDriver(): Driver {
  driver ??= createDriver(inject('neo4j'));
  return driver;
}

/** Runs a query on the suite's database and answers its records as plain objects. */
export async function rows<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await getTestDriver().executeQuery(query, params, { database: inject('neo4j').database });
  return result.records.map((record) => record.toObject() as T);
}

export async function closeTestDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}

export interface DatabaseFingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : typeof inner === 'bigint'
        ? inner.toString()
        : inner,
  );
}

/** A record's fields with the named properties left out of its `props`. */
function withoutProperties(
  record: Record<string, unknown>,
  ignore: readonly string[],
): Record<string, unknown> {
  if (ignore.length === 0) return record;
  const props = { ...(record.props as Record<string, unknown>) };
  for (const name of ignore) delete props[name];
  return { ...record, props };
}

/**
 * Counts and a checksum over every label, type and property (the graph version aside): equal fingerprints
 * mean an unchanged graph.
 * `ignore` leaves out properties that differ between two loads of the same data (`addedAt`, the load's time).
 */
export async function fingerprint(
  target: Driver = getTestDriver(),
  options: { ignore?: readonly string[] } = {},
): Promise<DatabaseFingerprint> {
  const ignore = options.ignore ?? [];
  const database = inject('neo4j').database;
  const nodes = await target.executeQuery(
    // The result cache's graph version moves with every write, even one that leaves the data as it was.
    'MATCH (n) WHERE NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const relationships = await target.executeQuery(
    'MATCH (a)-[r]->(b) RETURN labels(a) AS from, a.id AS fromId, type(r) AS type, labels(b) AS to, b.id AS toId, properties(r) AS props',
    {},
    { database },
  );
  const rows = [
    ...nodes.records.map((record) => canonical(withoutProperties(record.toObject(), ignore))),
    ...relationships.records.map((record) => canonical(withoutProperties(record.toObject(), ignore))),
  ].sort();
  return {
    nodes: nodes.records.length,
    relationships: relationships.records.length,
    checksum: createHash('sha256').update(rows.join('\n')).digest('hex'),
  };
}

export interface FullFingerprint extends DatabaseFingerprint {
  /** Every constraint and index (token-lookup ones aside) by name, with the statement that creates it. */
  schema: string[];
}

const TYPED_NODES = `MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props`;
const TYPED_RELATIONSHIPS = `MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props`;
const SCHEMA = [
  "SHOW INDEXES YIELD name, type, createStatement WHERE type <> 'LOOKUP' RETURN name, createStatement",
  'SHOW CONSTRAINTS YIELD name, createStatement RETURN name, createStatement',
];

/**
 * A fingerprint of everything, comparable across two databases: each node by its sorted labels and every
 * property with its Cypher type (valueType: INTEGER vs FLOAT, DATE vs STRING, ZONED DATETIME…) and value;
 * each relationship by its type, typed properties and its endpoints' content (element ids differ between
 * databases, so a node's identity is what it holds); plus the schema by name.
 */
export async function fullFingerprint(
  target: Driver,
  database = inject('neo4j').database,
): Promise<FullFingerprint> {
  const sortedProps = (props: unknown[][]): unknown[][] =>
    props.slice().sort(([a], [b]) => String(a).localeCompare(String(b)));
  const nodes = await target.executeQuery(TYPED_NODES, {}, { database });
  const identity = new Map<string, string>();
  const nodeRows = nodes.records.map((record) => {
    const row = canonical({
      labels: (record.get('labels') as string[]).slice().sort(),
      props: sortedProps(record.get('props') as unknown[][]),
    });
    identity.set(record.get('id') as string, createHash('sha256').update(row).digest('hex'));
    return row;
  });
  const relationships = await target.executeQuery(TYPED_RELATIONSHIPS, {}, { database });
  const relationshipRows = relationships.records.map((record) =>
    canonical({
      from: identity.get(record.get('from') as string),
      type: record.get('type'),
      to: identity.get(record.get('to') as string),
      props: sortedProps(record.get('props') as unknown[][]),
    }),
  );
  const schema = [];
  for (const query of SCHEMA) schema.push(...(await target.executeQuery(query, {}, { database })).records);
  return {
    nodes: nodeRows.length,
    relationships: relationshipRows.length,
    checksum: createHash('sha256')
      .update([...nodeRows, ...relationshipRows].sort().join('\n'))
      .digest('hex'),
    schema: schema.map((record) => `${record.get('name')}: ${record.get('createStatement')}`).sort(),
  };
}
