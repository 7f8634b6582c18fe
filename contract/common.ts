// Request building blocks shared by several endpoints: keys, bounded integers, dates, lists in query strings.
import { z } from 'zod';

export const nodeKeySchema = z
  .string()
  .min(3)
  .max(300)
  .describe('A node key `Label:id`, e.g. `Person:donald-trump`.');

export const keyParams = z.object({ key: nodeKeySchema }).strict();

/** For endpoints that take no query parameters, no path parameters or no body. */
export const noQuery = z.object({}).strict();
export const noParams = z.object({}).strict();
/** A GET's body is ignored, whatever it is. */
export const noBody = z.unknown().transform((): undefined => undefined);
/** A download answers no JSON: its handler streams to the response itself. */
export const download = z.undefined();

/** A whole number from a query string, bounded; strings like '1e3' or '-1' are refused. */
export function boundedInt(min: number, max: number, fallback: number) {
  return z.coerce
    .number()
    .int()
    .min(min)
    .max(max)
    .default(fallback)
    .describe(`Whole number from ${min} to ${max}; ${fallback} when left out.`);
}

export const isoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD.');

/**
 * A list in a query string, given as a repeated parameter or comma-separated (or both):
 * `?types=A,B` and `?types=A&types=B` mean the same.
 */
export function listParam(item: z.ZodString, maxItems = 50, minItems = 0) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((raw) =>
      (Array.isArray(raw) ? raw : [raw])
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(minItems).max(maxItems));
}

export const identifierSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'must be a label or relationship type name');

export const statusSchema = z
  .string()
  .regex(/^[a-z_-]{1,32}$/, 'a status such as held, scheduled, proposed, cancelled');

/** Cypher parameters: JSON values; whole numbers are sent as Cypher integers. */
const MAX_PARAM_DEPTH = 8;
export const paramNameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'a parameter name');
const jsonParam: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string().max(100_000),
    z.array(jsonParam).max(10_000),
    z.record(z.string().max(256), jsonParam),
  ]),
);

function depth(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depth));
  if (value && typeof value === 'object') return 1 + Math.max(0, ...Object.values(value).map(depth));
  return 0;
}

export const cypherParamsSchema = z
  .record(paramNameSchema, jsonParam)
  .refine((params) => Object.keys(params).length <= 100, 'at most 100 parameters')
  .refine((params) => depth(params) <= MAX_PARAM_DEPTH, `parameters nest at most ${MAX_PARAM_DEPTH} levels`)
  .describe('Query parameters: JSON values; whole numbers are sent as Cypher integers.');

/** Corroboration filter: only facts reported by at least this many distinct published articles. */
export const minSourcesParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(1000)
  .optional()
  .describe('Only facts reported by at least this many distinct published articles (sourceCount).');

export const sourceCountSchema = z
  .number()
  .describe('The number of distinct published, unretracted articles that report this fact.');
