// /health: whether the database answers, and which one it is; and this process's result cache counters.
import { z } from 'zod';

export const healthResponse = z.object({
  status: z.literal('ok'),
  neo4j: z.object({ version: z.string(), edition: z.string(), address: z.string() }),
  cache: z.object({
    enabled: z.boolean(),
    hits: z.number().int(),
    misses: z.number().int(),
    bypassed: z.number().int(),
    coalesced: z.number().int(),
    checkedFirst: z.number().int(),
    entries: z.number().int(),
    bytes: z.number().int(),
    maxBytes: z.number().int(),
    evictions: z.number().int(),
  }),
});

export type HealthReport = z.infer<typeof healthResponse>;
