// `npm run seed`: loads cypher/schema.cypher and cypher/seed/*.cypher into the configured Neo4j and prints counts.
import { loadConfig } from '../server/config.ts';
import { createDriver } from '../server/db/driver.ts';
import { type SeedReport, seedDatabase } from '../server/seed/seed-loader.ts';
import { parseCommandLine, runCli } from './cli.ts';

const USAGE = `usage: npm run seed
  Loads cypher/schema.cypher and cypher/seed/*.cypher into the configured Neo4j (NEO4J_URI, or the local
  one started by npm start or npm run neo4j -- start) and prints the counts by label and type.`;

function printCounts(title: string, counts: Record<string, number>): void {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  console.log(`${title} (${total}):`);
  for (const [key, count] of Object.entries(counts)) console.log(`  ${key.padEnd(20)} ${count}`);
}

function printReport(report: SeedReport): void {
  console.log(`Applied ${report.statements} statements from ${report.files.length} seed files.`);
  printCounts('Nodes by label', report.nodes);
  printCounts('Relationships by type', report.relationships);
}

async function main(): Promise<void> {
  parseCommandLine({ options: {} });
  const { neo4j } = loadConfig();
  const driver = createDriver(neo4j);
  try {
    const report = await seedDatabase(driver, { database: neo4j.database });
    printReport(report);
  } finally {
    await driver.close();
  }
}

// A SeedStatementError's message already reads "<file>:<line>: <neo4j message>".
runCli({ name: 'seed', usage: USAGE }, main);
