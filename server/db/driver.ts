// Creates the one neo4j-driver instance the process shares, tuned to fail fast when the database is away.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.ts';
import { cypherFile } from './cypher-files.ts';

const pingQuery = cypherFile(import.meta.url, './ping.cypher');

export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Short timeouts so that an outage turns into a quick 503 rather than a hanging request.
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 5_000,
    // Retrying a read for longer only delays the 503 while the database is down (measured: ~10 s at 5 s);
    // one retry still rides out a blip. Clients get Retry-After instead.
    maxTransactionRetryTime: 1_000,
    disableLosslessIntegers: false,
    userAgent: 'actorgraph/0.1',
  });
}

/** Waits until the database answers a query, or throws after `timeoutMs`. */
export async function waitForDatabase(driver: Driver, timeoutMs: number, database = 'neo4j'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.executeQuery(pingQuery.fill(), {}, { database });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`Neo4j did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}
