// /stats, /schema, /graph/overview, /nodes/{key} and /nodes/{key}/neighbours.
import { z } from 'zod';
import { boundedInt, identifierSchema, listParam } from './common.ts';
import { evidenceSchema } from './evidence.ts';
import { edgeAttributesSchema, factRefSchema, graphSchema, nodeAttributesSchema } from './graph.ts';

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

export const relationSchema = z.object({
  key: z.string(),
  type: z.string(),
  direction: z.enum(['out', 'in']),
  other: factRefSchema,
  attributes: edgeAttributesSchema,
});

export const nodeResponse = z.object({
  node: z.object({ key: z.string(), attributes: nodeAttributesSchema }),
  sourceCount: z
    .number()
    .optional()
    .describe('Facts only: the number of distinct published, unretracted articles that report it.'),
  evidence: z.array(evidenceSchema),
  relations: z.array(relationSchema),
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

export type Stats = z.infer<typeof statsResponse>;
export type Schema = z.infer<typeof schemaResponse>;
export type Relation = z.infer<typeof relationSchema>;
export type NodeDetails = z.infer<typeof nodeResponse>;
export type NeighboursResponse = z.infer<typeof neighboursResponse>;
