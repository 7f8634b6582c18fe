// Query parameters from JSON to driver values: whole numbers become Cypher integers (so `LIMIT $n` works),
// everything else keeps its JSON meaning. Anything that is not plain JSON is refused by the schema.
import neo4j from 'neo4j-driver';
import { z } from 'zod';

const MAX_DEPTH = 8;

export const paramNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'a parameter name');

const jsonParam: z.ZodType = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string().max(100_000),
    z.array(jsonParam).max(10_000),
    z.record(z.string().max(256), jsonParam),
  ]),
);

export const paramsSchema = z
  .record(paramNameSchema, jsonParam)
  .refine((params) => Object.keys(params).length <= 100, 'at most 100 parameters')
  .refine((params) => depth(params) <= MAX_DEPTH, `parameters nest at most ${MAX_DEPTH} levels`)
  .describe('Query parameters: JSON values; whole numbers are sent as Cypher integers.');

function depth(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depth));
  if (value && typeof value === 'object') return 1 + Math.max(0, ...Object.values(value).map(depth));
  return 0;
}

export function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toDriverValue(inner)]));
  }
  return value;
}

export function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  return toDriverValue(params) as Record<string, unknown>;
}
