// Runs one parameterised read against the configured database, bounded by the configured timeout.
import neo4j, {
  type Driver,
  type Integer,
  type Record as Neo4jRecord,
  type RecordShape,
  type Session,
} from 'neo4j-driver';
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

/**
 * A READ session for reads that stream their records, with executeQuery's bookmarks: a read after this
 * process's own write sees it, on a cluster too. The caller closes it.
 */
export function readSession({ driver, config }: ReadContext, fetchSize?: number): Session {
  return driver.session({
    database: config.neo4j.database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: driver.executeQueryBookmarkManager,
    ...(fetchSize === undefined ? {} : { fetchSize }),
  });
}

/** LIMIT, SKIP and list slices need Cypher integers; a plain JS number would travel as a float. */
export function integer(value: number): Integer {
  return neo4j.int(value);
}
