// Constraints and indexes before any data: the project's cypher/schema.cypher, then wait until they are online.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../server/db/cypher-files.ts';
import { DEFAULT_CYPHER_DIR } from '../server/seed/seed-loader.ts';
import { splitCypher } from '../server/seed/split-cypher.ts';

const awaitIndexes = cypherFile(import.meta.url, './cypher/await-indexes.cypher');

/**
 * The same schema file the seed loader applies (idempotent, IF NOT EXISTS). Without the uniqueness
 * constraints every MERGE would scan its label, and a million-row load would never finish.
 */
export async function applySchema(
  driver: Driver,
  database: string,
  cypherDir = DEFAULT_CYPHER_DIR,
): Promise<number> {
  const statements = splitCypher(await readFile(join(cypherDir, 'schema.cypher'), 'utf8'));
  const session = driver.session({ database });
  try {
    for (const statement of statements) await session.run(statement.text);
    await session.run(awaitIndexes.fill());
  } finally {
    await session.close();
  }
  return statements.length;
}
