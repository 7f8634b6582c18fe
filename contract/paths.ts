// /paths: all shortest paths between two entities.
import { z } from 'zod';
import { boundedInt, identifierSchema, listParam, nodeKeySchema } from './common.ts';
import { graphSchema } from './graph.ts';

export const MAX_PATH_LENGTH = 10;

export const pathsQuery = z
  .object({
    from: nodeKeySchema,
    to: nodeKeySchema,
    maxLength: boundedInt(1, MAX_PATH_LENGTH, 6),
    types: listParam(identifierSchema)
      .optional()
      .default([])
      .describe('Relationship types to walk; all but REPORTED_IN and MENTIONS when left out.'),
    limit: boundedInt(1, 500, 100).describe('At most this many paths.'),
  })
  .strict();

export const pathsResponse = z.object({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  graph: graphSchema,
  types: z.array(z.string()).describe('The relationship types the paths could use.'),
});

export type PathsResponse = z.infer<typeof pathsResponse>;
