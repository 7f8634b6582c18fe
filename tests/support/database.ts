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

/** Counts and a checksum over every label, type and property: equal fingerprints mean an unchanged graph. */
export async function fingerprint(target: Driver = getTestDriver()): Promise<DatabaseFingerprint> {
  const database = inject('neo4j').database;
  const nodes = await target.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const relationships = await target.executeQuery(
    'MATCH (a)-[r]->(b) RETURN labels(a) AS from, a.id AS fromId, type(r) AS type, labels(b) AS to, b.id AS toId, properties(r) AS props',
    {},
    { database },
  );
  const rows = [
    ...nodes.records.map((record) => canonical(record.toObject())),
    ...relationships.records.map((record) => canonical(record.toObject())),
  ].sort();
  return {
    nodes: nodes.records.length,
    relationships: relationships.records.length,
    checksum: createHash('sha256').update(rows.join('\n')).digest('hex'),
  };
}
