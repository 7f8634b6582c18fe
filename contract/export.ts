// GET and POST /export: a format, and exactly one way to choose the subgraph.
import { z } from 'zod';
import { cypherParamsSchema, isoDate, listParam, nodeKeySchema, statusSchema } from './common.ts';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const format = z
  .enum(EXPORT_FORMATS)
  .describe('graphology JSON, GEXF 1.3, GraphML, CSV (one part) or a Cypher script.');
const part = z.enum(['nodes', 'edges']).default('nodes').describe('CSV only: which file; nodes by default.');
const depth = z.coerce
  .number()
  .int()
  .min(1)
  .max(3)
  .default(1)
  .describe('Ego networks: hops from the node (1–3).');
const MAX_KEYS = 1000;

function onlyOneSubset(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const chosen = ['keys', 'ego', 'meetings', 'cypher'].filter(
    (name) => value[name] !== undefined && value[name] !== false,
  );
  if (chosen.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      message: `Choose exactly one subset: keys, ego, meetings or cypher (got ${chosen.length === 0 ? 'none' : chosen.join(', ')}).`,
      path: [],
    });
  }
}

export const exportQuery = z
  .object({
    format,
    part,
    keys: listParam(nodeKeySchema, MAX_KEYS, 1)
      .optional()
      .describe('Node keys, comma-separated or repeated.'),
    ego: nodeKeySchema.optional().describe('The centre of an ego network.'),
    depth,
    meetings: z
      .enum(['1', 'true'])
      .optional()
      .describe('Export who met whom (filtered by from, to, status).'),
    from: isoDate.optional(),
    to: isoDate.optional(),
    status: listParam(statusSchema, 10).optional().default([]),
  })
  .strict()
  .superRefine(onlyOneSubset);

export const exportBody = z
  .object({
    format,
    part,
    keys: z.array(nodeKeySchema).min(1).max(MAX_KEYS).optional(),
    ego: nodeKeySchema.optional(),
    depth,
    meetings: z
      .union([
        z.literal(true),
        z
          .object({
            from: isoDate.optional(),
            to: isoDate.optional(),
            status: z.array(statusSchema).max(10).default([]),
          })
          .strict(),
      ])
      .optional(),
    cypher: z
      .object({
        query: z.string().trim().min(1).max(20_000),
        params: cypherParamsSchema.optional().default({}),
      })
      .strict()
      .optional()
      .describe('A read-only query, through the same gate as /api/cypher.'),
  })
  .strict()
  .superRefine(onlyOneSubset);

export type ExportBody = z.output<typeof exportBody>;
