// POST /cypher: the user's own read-only query.
import { z } from 'zod';
import { cypherParamsSchema } from './common.ts';
import { graphSchema } from './graph.ts';
import { jsonValueSchema } from './json.ts';

export const cypherBody = z
  .object({
    query: z.string().trim().min(1).max(20_000).describe('One read-only Cypher statement.'),
    params: cypherParamsSchema.optional().default({}),
  })
  .strict();

export const cypherSummarySchema = z.object({
  timeMs: z.number(),
  rowCount: z.number(),
  truncated: z.boolean().describe('True when the result had more rows than maxRows.'),
  limits: z.object({ maxRows: z.number(), timeoutMs: z.number() }),
});

export const cypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), jsonValueSchema)).describe('Plain JSON objects keyed by column.'),
  graph: graphSchema.describe('Every node and relationship in the result.'),
  summary: cypherSummarySchema,
});

export type CypherSummary = z.infer<typeof cypherSummarySchema>;
export type CypherResponse = z.infer<typeof cypherResponse>;
