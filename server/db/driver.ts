// Creates the one neo4j-driver instance the process shares, tuned to fail fast when the database is away.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.ts';

export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Short timeouts so that an outage turns into a quick 503 rather than a hanging request.
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
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
      await driver.executeQuery('RETURN 1', {}, { database });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`Neo4j did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}
