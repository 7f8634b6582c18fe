// Vitest global setup: gives the suite a real, seeded Neo4j and stops it after the run.
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
  project.provide('neo4j', database.connection);
  project.provide('neo4jSource', database.source);
  return async () => {
    await database.stop();
  };
}
