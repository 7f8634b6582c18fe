// Runs one parameterised read against the configured database, bounded by the configured timeout.
import neo4j, { type Driver, type Integer, type Record as Neo4jRecord, type RecordShape } from 'neo4j-driver';
import type { AppConfig } from '../config.ts';

export interface ReadContext {
  driver: Driver;
  config: AppConfig;
}

/** Reads through `executeQuery` in READ routing (a cluster sends it to a secondary); never writes. */
export async function readQuery<Shape extends RecordShape = RecordShape>(
  { driver, config }: ReadContext,
  query: string,
  params: Record<string, unknown> = {},
  timeoutMs: number = config.cypher.timeoutMs,
): Promise<Neo4jRecord<Shape>[]> {
  const result = await driver.executeQuery<Shape>(query, params, {
    database: config.neo4j.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: timeoutMs },
  });
  return result.records;
}

/** LIMIT, SKIP and list slices need Cypher integers; a plain JS number would travel as a float. */
export function integer(value: number): Integer {
  return neo4j.int(value);
}
