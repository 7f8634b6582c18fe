// EXPLAINs every .cypher file the server and the loader can run against the real seeded database, and
// fails on a plan that scans where an index or the count store would answer (STYLE.md 4 and 16).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listCypherFiles } from '../../../server/db/cypher-files.ts';
import { closeTestDriver, getTestDriver } from '../../support/database.ts';
import { type IndexedProperties, scansOf } from './plan-scans.ts';

const database = () => inject('neo4j').database;
const root = join(import.meta.dirname, '..', '..', '..');
const codeDirs = ['server', 'loader'].map((dir) => join(root, dir)).filter((dir) => existsSync(dir));

/** Sample identifiers for the `{{slot}}`s, each a label or type of the seeded graph (checked below). */
const SAMPLES: Record<string, string> = {
  label: '`Person`',
  fromLabel: '`Person`',
  toLabel: '`Country`',
  types: ':`ATTENDED`|`HELD_AT`',
  type: ':`ATTENDED`',
  depth: '2',
  maxLength: '4',
  selector: 'SHORTEST 3',
};

/** Files that may scan, each with the reason; keep this list short. Paths are relative to the repo root. */
const ALLOWED_SCANS: Record<string, string> = {
  'server/db/count-label-by-name.cypher':
    'fallback for a label that is no plain identifier (a user database); the project’s labels use count-label',
  'server/db/count-type-by-name.cypher':
    'fallback for a type that is no plain identifier (a user database); the project’s types use count-type',
  'server/explore/queries/overview.cypher':
    'the first view ranks every entity by degree to pick the best-connected: a whole-graph question by nature',
};

function fill(text: string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, slot: string) => SAMPLES[slot] ?? whole);
}

async function indexedProperties(): Promise<IndexedProperties> {
  const { records } = await getTestDriver().executeQuery(
    `SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties
     WHERE entityType = 'NODE' AND type IN ['RANGE', 'TEXT', 'POINT']
     RETURN labelsOrTypes, properties`,
    {},
    { database: database() },
  );
  const indexed = new Map<string, Set<string>>();
  for (const record of records) {
    for (const label of record.get('labelsOrTypes') as string[]) {
      const properties = indexed.get(label) ?? new Set<string>();
      for (const property of record.get('properties') as string[]) properties.add(property);
      indexed.set(label, properties);
    }
  }
  return indexed;
}

async function explain(text: string): Promise<Plan> {
  const result = await getTestDriver().executeQuery(`EXPLAIN ${text}`, {}, { database: database() });
  if (!result.summary.plan) throw new Error('no plan');
  return result.summary.plan;
}

describe('every .cypher file under server/ and loader/', () => {
  const files = codeDirs.flatMap((dir) => listCypherFiles(dir));
  let indexed: IndexedProperties = new Map();
  beforeAll(async () => {
    indexed = await indexedProperties();
  });
  afterAll(closeTestDriver);

  it('finds the query files, and every allow-listed file still exists', () => {
    expect(files.length).toBeGreaterThan(20);
    const names = new Set(files.map((file) => relative(root, file)));
    for (const allowed of Object.keys(ALLOWED_SCANS)) expect(names).toContain(allowed);
  });

  it('fills slots with labels and types the seeded graph holds, and knows the id constraints', async () => {
    const { records } = await getTestDriver().executeQuery(
      'CALL db.labels() YIELD label RETURN collect(label) AS labels',
      {},
      { database: database() },
    );
    const labels = records[0]?.get('labels') as string[];
    for (const slot of ['label', 'fromLabel', 'toLabel'])
      expect(labels).toContain(SAMPLES[slot]?.slice(1, -1));
    expect(indexed.get('Person')).toContain('id');
    expect(indexed.get('Meeting')).toContain('date');
  });

  it.each(files.map((file) => [relative(root, file), file]))(
    '%s plans without a needless scan',
    async (name, file) => {
      const text = fill(readFileSync(file, 'utf8'));
      expect(text, 'every slot has a sample').not.toMatch(/\{\{\w+\}\}/);
      const scans = scansOf(await explain(text), indexed);
      if (ALLOWED_SCANS[name]) {
        expect(scans.length, `${name} no longer scans: take it off the allow-list`).toBeGreaterThan(0);
      } else {
        expect(
          scans,
          `${name} scans: use an index or the count store, or allow-list it with a reason`,
        ).toEqual([]);
      }
    },
  );
});

describe('no Cypher in code', () => {
  /** Code that hands Cypher text to the driver that is not a query file: the user's own query, EXPLAINed. */
  const ALLOWED_TEXT: Record<string, string> = {
    'server/cypher/cypher-guard.ts': 'EXPLAINs the user’s query text, which is the point of the guard',
  };
  const sources = codeDirs.flatMap(function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(dir, entry.name)]
          : [],
    );
  });

  it.each(sources.map((file) => [relative(root, file), file]))(
    '%s passes no string literal as a query',
    (name, file) => {
      if (ALLOWED_TEXT[name]) return;
      const literalQuery = /\b(?:executeQuery|run|readQuery|readEach)\s*(?:<[^()]*>)?\(\s*(?:\w+,\s*)?['"`]/g;
      expect(readFileSync(file, 'utf8').match(literalQuery) ?? []).toEqual([]);
    },
  );
});
