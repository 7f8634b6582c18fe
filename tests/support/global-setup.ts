// Vitest global setup: gives the suite a real, seeded Neo4j and stops it after the run.
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { createDriver } from '../../server/db/driver.ts';
import { acquireTestDatabase } from './test-database.ts';
import './provided.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await acquireTestDatabase();
  console.log(`[tests] Neo4j from ${database.source} at ${database.connection.uri}`);
  const driver = createDriver(database.connection);
  try {
    const { seedDatabase } = await import('../../server/seed/seed-loader.ts');
    await seedDatabase(driver, { database: database.connection.database, log: () => {} });
  } finally {
    await driver.close();
  }
  // One clean stop and start here (~1 + ~10 s) instead of a seed (~20-40 s of CPU) in each throw-away instance
  // that needs the seed graph.
  const seededStore = (await database.copyStore?.()) ?? '';
  project.provide('neo4j', database.connection);
  project.provide('neo4jSource', database.source);
  project.provide('neo4jSeededStore', seededStore);
  return async () => {
    await database.stop();
    if (seededStore) rmSync(seededStore, { recursive: true, force: true });
  };
}
