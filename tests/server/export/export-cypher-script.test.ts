// The Cypher script export, run on an EMPTY Neo4j, recreates the same nodes, relationships and properties.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../../server/db/driver.ts';
import { toJson } from '../../../server/db/to-json.ts';
import { closeTestDriver, getTestDriver } from '../../support/database.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { startLocalTestNeo4j } from '../../support/test-database.ts';

/** Nodes and relationships of a node set, canonical: labels, keys, every property with its type. */
async function snapshot(driver: Driver, nodeSet: string, params: Record<string, unknown>): Promise<string[]> {
  const nodes = await driver.executeQuery(
    `${nodeSet} WITH collect(DISTINCT n) AS ns UNWIND ns AS n
     RETURN labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props`,
    params,
    { database: 'neo4j' },
  );
  const rels = await driver.executeQuery(
    `${nodeSet} WITH collect(DISTINCT n) AS ns UNWIND ns AS a MATCH (a)-[r]->(b) WHERE b IN ns
     RETURN labels(a)[0] + ':' + a.id AS source, type(r) AS type, labels(b)[0] + ':' + b.id AS target,
            [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props`,
    params,
    { database: 'neo4j' },
  );
  const canonical = (value: unknown) =>
    JSON.stringify(value, (_k, v) =>
      Array.isArray(v) && v.every((x) => Array.isArray(x)) ? [...v].sort() : v,
    );
  return [...nodes.records, ...rels.records].map((record) => canonical(toJson(record.toObject()))).sort();
}

const EGO_SET = 'MATCH (:Person {id: $id})-[*0..1]-(n)';
const ALL = 'MATCH (n)';

describe('the Cypher script export', () => {
  let app: TestApp;
  let empty: Awaited<ReturnType<typeof startLocalTestNeo4j>>;
  let target: Driver;
  beforeAll(async () => {
    app = await startTestApp();
    empty = await startLocalTestNeo4j();
    target = createDriver(empty.connection);
  });
  afterAll(async () => {
    await app?.close();
    await target?.close();
    await empty?.remove();
    await closeTestDriver();
  });

  it('recreates an ego network in an empty database with the same nodes, relationships and properties', async () => {
    const response = await fetch(
      `${app.url}/api/export?format=cypher&ego=Person:volodymyr-zelenskyy&depth=1`,
    );
    expect(response.status).toBe(200);
    const script = await response.text();
    const statements = script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
    expect(statements.length).toBeGreaterThan(10);
    const before = await snapshot(target, ALL, {});
    expect(before).toEqual([]);
    for (const statement of statements) await target.executeQuery(statement, {}, { database: 'neo4j' });

    const source = await snapshot(getTestDriver(), EGO_SET, { id: 'volodymyr-zelenskyy' });
    const recreated = await snapshot(target, ALL, {});
    expect(recreated).toEqual(source);
    // Dates came back as dates, lists as lists.
    expect(recreated.join()).toContain('"DATE NOT NULL"');
    expect(recreated.join()).toContain('LIST<STRING NOT NULL> NOT NULL');
    expect(createHash('sha256').update(recreated.join('\n')).digest('hex')).toBe(
      createHash('sha256').update(source.join('\n')).digest('hex'),
    );
  });
});
