// Runs one read and hands its records to a collector one at a time, as the driver decodes them: an answer is
// built while the database still computes the later records, and the records are not held until the end.
import type { Record as Neo4jRecord, RecordShape } from 'neo4j-driver';
import { type ReadContext, readSession } from './read.ts';

export interface RecordCollector<Shape extends RecordShape, T> {
  add: (record: Neo4jRecord<Shape>) => void;
  result: () => T;
}

/**
 * `collector` makes a fresh collector for every try of the transaction (the driver retries a read that failed
 * transiently), so a retried read never adds to what a failed one began. Same routing, bookmarks and timeout
 * as `readQuery`.
 */
export async function readEach<Shape extends RecordShape, T>(
  context: ReadContext,
  query: string,
  params: Record<string, unknown>,
  collector: () => RecordCollector<Shape, T>,
  timeoutMs: number = context.config.cypher.timeoutMs,
): Promise<T> {
  const session = readSession(context);
  try {
    return await session.executeRead(
      (tx) =>
        new Promise<T>((resolve, reject) => {
          const into = collector();
          tx.run<Shape>(query, params).subscribe({
            onNext: (record) => {
              try {
                into.add(record);
              } catch (error) {
                reject(error);
              }
            },
            onCompleted: () => resolve(into.result()),
            onError: reject,
          });
        }),
      { timeout: timeoutMs },
    );
  } finally {
    await session.close();
  }
}
