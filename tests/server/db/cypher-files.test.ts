// EXPLAINs every .cypher file under server/ against the real database: each one parses and plans.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCypherFiles } from '../../../server/db/cypher-files.ts';
import { closeTestDriver, getTestDriver } from '../../support/database.ts';

const serverDir = join(import.meta.dirname, '..', '..', '..', 'server');

/** Sample identifiers for the slots: `{{name}}` (this API) and `__NAME__` (the bulk loader). */
const SAMPLES: Record<string, string> = {
  label: '`Person`',
  fromLabel: '`Person`',
  toLabel: '`Country`',
  types: ':`ATTENDED`|`HELD_AT`',
  depth: '2',
  maxLength: '4',
  __LABEL__: 'Person',
  __FROM__: 'Person',
  __TO__: 'Meeting',
  __TYPE__: 'ATTENDED',
};

function fill(text: string): string {
  return text
    .replace(/\{\{(\w+)\}\}/g, (whole, slot: string) => SAMPLES[slot] ?? whole)
    .replace(/__[A-Z]+__/g, (slot) => SAMPLES[slot] ?? slot);
}

describe('every .cypher file under server/', () => {
  afterAll(closeTestDriver);
  const files = listCypherFiles(serverDir);

  it('finds the query files', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files.map((file) => [relative(serverDir, file), file]))('EXPLAINs %s', async (_name, file) => {
    const text = fill(readFileSync(file, 'utf8'));
    expect(text).not.toMatch(/\{\{\w+\}\}|__[A-Z]+__/);
    const result = await getTestDriver().executeQuery(`EXPLAIN ${text}`, {}, { database: 'neo4j' });
    expect(result.summary.plan).toBeTruthy();
  });
});
