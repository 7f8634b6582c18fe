// Zod schemas shared by several endpoints: keys, bounded integers, dates, lists in query strings, graphs.
import { z } from 'zod';

export const nodeKeySchema = z
  .string()
  .min(3)
  .max(300)
  .describe('A node key `Label:id`, e.g. `Person:donald-trump`.');

export const keyParams = z.object({ key: nodeKeySchema }).strict();

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

const jsonValue: z.ZodType = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(jsonValue),
    z.record(z.string(), jsonValue),
  ]),
);

export const graphSchema = z
  .object({
    attributes: z.record(z.string(), jsonValue),
    options: z.object({
      type: z.literal('directed'),
      multi: z.literal(true),
      allowSelfLoops: z.literal(true),
    }),
    nodes: z.array(z.object({ key: z.string(), attributes: z.record(z.string(), jsonValue) })),
    edges: z.array(
      z.object({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: z.record(z.string(), jsonValue),
      }),
    ),
  })
  .describe("graphology's serialized graph: `graph.import(payload)` on the client.");

export const articleRefSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
});

export const sourceSchema = z.object({ article: articleRefSchema, quote: z.string().nullable() });

export { jsonValue as jsonValueSchema };
