// Input and answer schemas of the exploration endpoints (they validate requests and feed the OpenAPI document).
import { z } from 'zod';
import {
  boundedInt,
  graphSchema,
  identifierSchema,
  jsonValueSchema,
  listParam,
  sourceSchema,
} from '../http/common.schemas.ts';

export const overviewQuery = z.object({ limit: boundedInt(1, 1000, 150) }).strict();

export const neighboursQuery = z
  .object({
    depth: boundedInt(1, 3, 1),
    types: listParam(identifierSchema).optional().default([]),
    limit: boundedInt(1, 2000, 200),
  })
  .strict();

export const statsResponse = z.object({
  labels: z.record(z.string(), z.number()),
  relationshipTypes: z.record(z.string(), z.number()),
});

export const schemaResponse = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
});

export const nodeResponse = z.object({
  node: z.object({ key: z.string(), attributes: z.record(z.string(), jsonValueSchema) }),
  evidence: z.array(
    sourceSchema.extend({
      article: sourceSchema.shape.article.extend({ file: z.string().nullable() }),
    }),
  ),
  relations: z.array(
    z.object({
      key: z.string(),
      type: z.string(),
      direction: z.enum(['out', 'in']),
      other: z.object({ key: z.string(), label: z.string(), name: z.string() }),
      attributes: z.record(z.string(), jsonValueSchema),
    }),
  ),
});

export const neighboursResponse = z.object({
  graph: graphSchema,
  leftOut: z.object({
    total: z.number().describe('Neighbours beyond the limit.'),
    byType: z
      .record(z.string(), z.number())
      .describe('Left-out neighbours by the type of the relationship that reaches them.'),
  }),
});
