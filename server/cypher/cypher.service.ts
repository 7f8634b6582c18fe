// Runs user Cypher read-only for real: guarded by its plan, in a READ transaction that is always rolled
// back, with a timeout and a row cap; answers plain JSON rows and every node and relationship as a graph.
import neo4j, {
  type Driver,
  isNode,
  isPath,
  isRelationship,
  type Record as Neo4jRecord,
  type Node,
} from 'neo4j-driver';
import type { AppConfig } from '../config.ts';
import { isTransactionTimeout } from '../db/classify-error.ts';
import { type Json, toJson } from '../db/to-json.ts';
import { GraphBuilder, type SerializedGraph } from '../graph/graph-payload.ts';
import { HttpError } from '../http/errors.ts';
import { guardQuery } from './cypher-guard.ts';
import { toDriverParams } from './json-params.ts';

export interface CypherAnswer {
  columns: string[];
  rows: Record<string, Json>[];
  graph: SerializedGraph;
  summary: {
    timeMs: number;
    rowCount: number;
    truncated: boolean;
    limits: { maxRows: number; timeoutMs: number };
  };
}

export interface CypherContext {
  driver: Driver;
  config: AppConfig;
}

/** Adds every node, relationship and path found anywhere inside a value to the graph. */
export function collectGraph(value: unknown, graph: GraphBuilder): void {
  if (isNode(value)) graph.addNode(value);
  else if (isRelationship(value)) graph.addRelationship(value);
  else if (isPath(value)) {
    graph.addNode(value.start);
    for (const segment of value.segments) {
      graph.addNode(segment.end);
      graph.addRelationship(segment.relationship);
    }
  } else if (Array.isArray(value)) for (const item of value) collectGraph(item, graph);
  else if (value && typeof value === 'object' && !neo4j.isInt(value)) {
    for (const inner of Object.values(value)) collectGraph(inner, graph);
  }
}

function timedOut(timeoutMs: number): HttpError {
  return new HttpError(
    408,
    'query_timeout',
    `The query ran past its time limit of ${timeoutMs} ms and was stopped.`,
    {
      timeoutMs,
    },
  );
}

/**
 * Streams records and stops at maxRows + 1, so a huge result never lands in memory; relationships whose
 * endpoints the query did not return get those endpoints fetched in the same transaction.
 */
export async function runCypher(
  { driver, config }: CypherContext,
  query: string,
  jsonParams: Record<string, unknown>,
): Promise<CypherAnswer> {
  const { maxRows, timeoutMs } = config.cypher;
  const database = config.neo4j.database;
  const params = toDriverParams(jsonParams);
  const started = performance.now();
  await guardQuery(driver, database, query, params);

  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({
    timeout: timeoutMs,
    metadata: { app: 'actorgraph', kind: 'user-cypher' },
  });
  const records: Neo4jRecord[] = [];
  let columns: string[] = [];
  let truncated = false;
  const graph = new GraphBuilder();
  try {
    const result = tx.run(query, params);
    columns = [...(await result.keys())];
    for await (const record of result) {
      if (records.length === maxRows) {
        truncated = true;
        break;
      }
      records.push(record);
      for (const key of columns) collectGraph(record.get(key), graph);
    }
    const missing = graph.missingEndpoints();
    if (missing.length > 0) {
      const endpoints = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
      for (const record of endpoints.records) graph.addNode(record.get('n') as Node);
    }
    // A relationship read before its end node (RETURN p, r, m) waits in the builder until now.
    graph.settle();
  } catch (error) {
    if (isTransactionTimeout(error)) throw timedOut(timeoutMs);
    throw error;
  } finally {
    // Nothing user Cypher does is ever committed.
    await tx.rollback().catch(() => {});
    await session.close();
  }
  const endpoints = (elementId: string) => graph.keyOfElement(elementId);
  const rows = records.map((record) =>
    Object.fromEntries(columns.map((key) => [key, toJson(record.get(key), endpoints)])),
  );
  return {
    columns,
    rows,
    graph: graph.toJSON(),
    summary: {
      timeMs: Math.round(performance.now() - started),
      rowCount: rows.length,
      truncated,
      limits: { maxRows, timeoutMs },
    },
  };
}
