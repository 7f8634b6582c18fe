// Puts the suite's shared database back to the seed graph after a test file that writes through the product
// (intake, review, publish, retraction, accounts): the files share one Neo4j and later ones expect the seeds.

import { cypherFile } from '../../server/db/cypher-files.ts';
import { seedDatabase } from '../../server/seed/seed-loader.ts';
import { getTestDriver, rows } from './database.ts';

const removeProductWrites = cypherFile(import.meta.url, './queries/remove-product-writes.cypher');

/** Removes what editors added (nodes and relationships with a non-seed `addedBy`, internal state,
 * retraction marks) and re-applies the seed scripts, which restore any seed property a write changed. */
export async function resetToSeedGraph(): Promise<void> {
  await rows(removeProductWrites.fill());
  await seedDatabase(getTestDriver(), { log: () => {} });
}
