// /claims: resource claims with their claimants and sources.
import { z } from 'zod';
import { boundedInt, minSourcesParam, sourceCountSchema } from './common.ts';
import { evidenceSchema } from './evidence.ts';
import { nodeRefSchema } from './graph.ts';
import { jsonValueSchema } from './json.ts';

const filterValue = z.string().trim().min(1).max(300);

export const claimsQuery = z
  .object({
    resource: filterValue.optional().describe('A Resource key or id, e.g. `Resource:lithium` or `lithium`.'),
    country: filterValue.optional().describe('A Country key or ISO code, e.g. `Country:UA` or `UA`.'),
    claimant: filterValue.optional().describe('The key (or id) of whoever made the claim.'),
    minSources: minSourcesParam,
    limit: boundedInt(1, 1000, 200),
  })
  .strict();

export const claimSchema = z.object({
  key: z.string(),
  id: z.string(),
  text: z.string(),
  kind: z.string().nullable(),
  value: jsonValueSchema,
  unit: z.string().nullable(),
  claimants: z.array(nodeRefSchema),
  resources: z.array(nodeRefSchema),
  concerns: z.array(nodeRefSchema),
  sources: z.array(evidenceSchema).describe('Published, unretracted articles only.'),
  sourceCount: sourceCountSchema,
});

export const claimsResponse = z.object({ claims: z.array(claimSchema) });

export type Claim = z.infer<typeof claimSchema>;
