// Reads the export queries' records in arrays of a few hundred, one query after another: the rest of the export
// then takes one async step per batch, where a generator per row cost one or more per row.
import type { Record as Neo4jRecord, RecordShape } from 'neo4j-driver';
import { type ReadContext, readSession } from '../db/read.ts';

/**
 * Records the driver asks for at a time. It pulls again while fewer than 70 % of them wait unread, so the
 * database computes the next records while the server writes the last ones; the batches in flight stay a few
 * MiB (issue 14's memory target).
 */
const FETCH_SIZE = 500;

export async function* recordBatches<Shape extends RecordShape>(
  context: ReadContext,
  queries: readonly string[],
  params: Record<string, unknown>,
  timeoutMs: number,
  size: number,
): AsyncGenerator<Neo4jRecord<Shape>[]> {
  let batch: Neo4jRecord<Shape>[] = [];
  for (const query of queries) {
    const session = readSession(context, FETCH_SIZE);
    try {
      for await (const record of session.run<Shape>(query, params, { timeout: timeoutMs })) {
        batch.push(record);
        if (batch.length >= size) {
          yield batch;
          batch = [];
        }
      }
    } finally {
      await session.close();
    }
  }
  if (batch.length > 0) yield batch;
}
