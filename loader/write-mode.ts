// Chooses, per bulk file, CREATE (the label or type is still empty, so nothing can match) or MERGE (it is not).
import type { Driver } from 'neo4j-driver';
import type { FoundFile } from './discover.ts';
import { countLabelQuery, countTypeQuery } from './queries.ts';

export type WriteMode = 'create' | 'merge';

/**
 * Decided once, before the first write of this run, from the count store. CREATE is exact only when nothing
 * it writes could already exist: a label without nodes (the validator refuses repeated ids), a type without
 * relationships whose files repeat no (from, to) pair. A resumed or repeated load finds its own earlier
 * writes counted and MERGEs, so a batch run twice still changes nothing.
 */
export async function chooseWriteModes(
  driver: Driver,
  database: string,
  files: readonly FoundFile[],
  repeatedPairs: ReadonlySet<string>,
): Promise<Map<string, WriteMode>> {
  const modes = new Map<string, WriteMode>();
  for (const found of files) {
    const { name, kind } = found.file;
    const query = kind === 'nodes' ? countLabelQuery(name) : countTypeQuery(name);
    const { records } = await driver.executeQuery(query, {}, { database, routing: 'READ' });
    const empty = Number(records[0]?.get('count') ?? 1) === 0;
    const exact = kind === 'nodes' || !repeatedPairs.has(name);
    modes.set(found.name, empty && exact ? 'create' : 'merge');
  }
  return modes;
}
