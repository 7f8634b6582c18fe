// Plain JSON values as they travel on the wire, and the schema that checks them.
import { z } from 'zod';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const jsonValueSchema: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);

/** Neo4j properties as JSON: dates as `YYYY-MM-DD`, lists as arrays, big integers as decimal strings. */
export const propertiesSchema = z.record(z.string(), jsonValueSchema);
export type Properties = z.infer<typeof propertiesSchema>;
