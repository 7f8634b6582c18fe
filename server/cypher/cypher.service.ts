// The Cypher console's answer: plain JSON rows, and every node and relationship in them as a graph.
import type { CypherResponse } from '../../contract/index.ts';
import { toJson } from '../db/to-json.ts';
import { GraphBuilder } from '../graph/graph-builder.ts';
import { type CypherContext, runUserQuery } from './user-query.ts';

export type { CypherContext };

export async function runCypher(
  context: CypherContext,
  query: string,
  jsonParams: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<CypherResponse> {
  const started = performance.now();
  const { columns, records, truncated, subgraph, notifications } = await runUserQuery(
    context,
    query,
    jsonParams,
    signal,
  );
  const graph = new GraphBuilder();
  for (const node of subgraph.nodes.values()) graph.addNode(node);
  for (const rel of subgraph.relationships.values()) graph.addRelationship(rel);
  const endpoints = (elementId: string) => graph.keyOfElement(elementId);
  const rows = records.map((record) =>
    Object.fromEntries(columns.map((key) => [key, toJson(record.get(key), endpoints)])),
  );
  const { maxRows, timeoutMs } = context.config.cypher;
  return {
    columns,
    rows,
    graph: graph.toJSON(),
    summary: {
      timeMs: Math.round(performance.now() - started),
      rowCount: rows.length,
      truncated,
      limits: { maxRows, timeoutMs },
      notifications,
    },
  };
}
