// A throw-away local Neo4j that starts with the seed graph: a copy of the store the global setup seeded, or,
// when the suite's database is not local (no such copy), a new instance seeded here.
import { inject } from 'vitest';
import { createDriver } from '../../server/db/driver.ts';
import { seedDatabase } from '../../server/seed/seed-loader.ts';
import { startLocalTestNeo4j } from './test-database.ts';
import './provided.ts';

export async function startSeededTestNeo4j(
  options: { shortLived?: boolean } = {},
): ReturnType<typeof startLocalTestNeo4j> {
  const store = inject('neo4jSeededStore');
  if (store) return startLocalTestNeo4j({ ...options, store });
  const local = await startLocalTestNeo4j(options);
  const driver = createDriver(local.connection);
  try {
    await seedDatabase(driver, { database: 'neo4j', log: () => {} });
  } finally {
    await driver.close();
  }
  return local;
}
