// /paths: up to k shortest paths between two entities, with a hop limit, relationship types and labels to avoid.
import { z } from 'zod';
import { boundedInt, identifierSchema, listParam, nodeKeySchema } from './common.ts';
import { graphSchema } from './graph.ts';

export const MAX_PATH_LENGTH = 10;
export const MAX_PATHS = 10;

export const pathsQuery = z
  .object({
    from: nodeKeySchema,
    to: nodeKeySchema,
    maxLength: boundedInt(1, MAX_PATH_LENGTH, 6).describe(
      `The hop limit: no path longer than this many relationships (1–${MAX_PATH_LENGTH}, 6 when left out).`,
    ),
    k: boundedInt(1, MAX_PATHS, 3).describe(
      `At most this many paths, shortest first (1–${MAX_PATHS}, 3 when left out).`,
    ),
    types: listParam(identifierSchema)
      .optional()
      .default([])
      .describe('Relationship types to walk; all but REPORTED_IN and MENTIONS when left out.'),
    avoid: listParam(identifierSchema, 20)
      .optional()
      .default([])
      .describe(
        'Node labels a path must not pass through (its two ends excepted), e.g. Statement,ResourceClaim.',
      ),
  })
  .strict();

export const pathStepSchema = z.object({
  edge: z.string().describe('The edge key, in `graph`.'),
  type: z.string().describe('The relationship type.'),
  direction: z
    .enum(['forward', 'backward'])
    .describe('forward: the relationship points from this step’s node to the next one along the path.'),
});

export const pathSchema = z.object({
  nodes: z.array(z.string()).describe('Node keys from `from` to `to`.'),
  edges: z.array(z.string()).describe('Edge keys, one per hop.'),
  steps: z.array(pathStepSchema).describe('One per hop: the relationship, its type and its direction.'),
});

export const pathsResponse = z.object({
  paths: z.array(pathSchema).describe('Shortest first; at most k.'),
  graph: graphSchema,
  types: z.array(z.string()).describe('The relationship types the paths could use.'),
  avoided: z.array(z.string()).describe('The node labels no path passes through.'),
  complete: z
    .boolean()
    .describe(
      'false when the search for k paths ran out of its share of the time limit: `paths` then holds only paths ' +
        'of the shortest length (at most k), and longer ones may exist. true otherwise.',
    ),
});

export type PathStep = z.infer<typeof pathStepSchema>;
export type PathsResponse = z.infer<typeof pathsResponse>;
