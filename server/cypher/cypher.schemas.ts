// Input and answer schemas of POST /api/cypher.
import { z } from 'zod';
import { graphSchema, jsonValueSchema } from '../http/common.schemas.ts';
import { paramsSchema } from './json-params.ts';

export const cypherBody = z
  .object({
    query: z.string().trim().min(1).max(20_000).describe('One read-only Cypher statement.'),
    params: paramsSchema.optional().default({}),
  })
  .strict();

export const cypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), jsonValueSchema)).describe('Plain JSON objects keyed by column.'),
  graph: graphSchema.describe('Every node and relationship in the result.'),
  summary: z.object({
    timeMs: z.number(),
    rowCount: z.number(),
    truncated: z.boolean().describe('True when the result had more rows than maxRows.'),
    limits: z.object({ maxRows: z.number(), timeoutMs: z.number() }),
  }),
});
