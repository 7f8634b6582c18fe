// /health: whether the database answers, and which one it is.
import { z } from 'zod';

export const healthResponse = z.object({
  status: z.literal('ok'),
  neo4j: z.object({ version: z.string(), edition: z.string(), address: z.string() }),
});

export type HealthReport = z.infer<typeof healthResponse>;
