// Streams a read query's records one at a time (the driver pulls in batches as they are consumed), so a
// large answer never sits in memory; the session closes when the loop ends or breaks.
import neo4j, { type Record as Neo4jRecord, type RecordShape } from 'neo4j-driver';
import type { ReadContext } from './read.ts';

export async function* streamRead<Shape extends RecordShape = RecordShape>(
  { driver, config }: ReadContext,
  query: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): AsyncGenerator<Neo4jRecord<Shape>> {
  const session = driver.session({
    database: config.neo4j.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: 500,
  });
  try {
    const result = session.run<Shape>(query, params, { timeout: timeoutMs });
    for await (const record of result) yield record;
  } finally {
    await session.close();
  }
}
