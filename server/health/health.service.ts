// Asks Neo4j who it is, within a short deadline, so that health answers fast even when the database is away.
import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import { unavailable } from '../errors.ts';

export interface HealthReport {
  status: 'ok';
  neo4j: { version: string; edition: string; address: string };
}

const componentsQuery = cypherFile(import.meta.url, './components.cypher');

const HEALTH_DEADLINE_MS = 1_500;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('deadline')), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export async function checkHealth(driver: Driver, database: string): Promise<HealthReport> {
  try {
    const result = await withDeadline(
      driver.executeQuery(
        componentsQuery.fill(),
        {},
        { database, routing: 'READ', transactionConfig: { timeout: HEALTH_DEADLINE_MS } },
      ),
      HEALTH_DEADLINE_MS,
    );
    const record = result.records[0];
    return {
      status: 'ok',
      neo4j: {
        version: String(record?.get('version')),
        edition: String(record?.get('edition')),
        address: result.summary.server.address ?? 'unknown',
      },
    };
  } catch {
    throw unavailable();
  }
}
