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

/** Where in the query text something is: line and column from 1, offset from 0 (as Neo4j counts them). */
export const cypherPositionSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

export const cypherNotificationSchema = z.object({
  code: z
    .string()
    .describe('Neo4j notification code, e.g. Neo.ClientNotification.Statement.UnknownLabelWarning.'),
  title: z.string(),
  description: z.string(),
  severity: z.string().describe('WARNING or INFORMATION.'),
  position: cypherPositionSchema
    .nullable()
    .describe('Where in the query the notification points, if it does.'),
});

export const cypherSummarySchema = z.object({
  timeMs: z.number(),
  rowCount: z.number(),
  truncated: z.boolean().describe('True when the result had more rows than maxRows.'),
  limits: z.object({ maxRows: z.number(), timeoutMs: z.number() }),
  notifications: z
    .array(cypherNotificationSchema)
    .describe("The planner's warnings and hints: unknown labels, cartesian products, unbounded lengths."),
});

export const cypherResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), jsonValueSchema)).describe('Plain JSON objects keyed by column.'),
  graph: graphSchema.describe('Every node and relationship in the result.'),
  summary: cypherSummarySchema,
});

/** A 400 for a query Neo4j cannot read carries `details.position` when Neo4j says where. */
export const cypherErrorDetailsSchema = z.object({
  neo4jCode: z.string().optional(),
  position: cypherPositionSchema.optional(),
});

export type CypherPosition = z.infer<typeof cypherPositionSchema>;
export type CypherNotification = z.infer<typeof cypherNotificationSchema>;
export type CypherSummary = z.infer<typeof cypherSummarySchema>;
export type CypherResponse = z.infer<typeof cypherResponse>;
