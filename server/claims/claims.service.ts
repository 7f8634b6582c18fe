// Resource claims: what was asserted about which resources and countries, by whom, and where it was reported.
import type { Node } from 'neo4j-driver';
import type { Claim } from '../../contract/index.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { IDENTIFIER } from '../db/node-key.ts';
import { integer, type ReadContext, readQuery } from '../db/read.ts';
import { textOf, toJson } from '../db/to-json.ts';
import { vocabulary } from '../db/vocabulary.ts';
import { articleRef } from '../graph/evidence.ts';
import { nodeKey, nodeRef } from '../graph/model.ts';
import { countOf } from '../graph/source-count.ts';

const claimsQuery = cypherFile(import.meta.url, './queries/claims.cypher');

export interface ClaimFilter {
  resource?: string | undefined;
  country?: string | undefined;
  claimant?: string | undefined;
  minSources?: number | undefined;
  limit: number;
}

/** Filters take a key (`Resource:lithium`) or a bare id (`lithium`); the label part must match. */
function idOf(value: string | undefined, label: string): string | null {
  if (value === undefined) return null;
  return value.startsWith(`${label}:`) ? value.slice(label.length + 1) : value;
}

async function claimantRef(context: ReadContext, value: string | undefined) {
  if (value === undefined) return null;
  const colon = value.indexOf(':');
  const label = colon > 0 ? value.slice(0, colon) : '';
  if (IDENTIFIER.test(label) && (await vocabulary(context)).labels.has(label)) {
    return { label, id: value.slice(colon + 1) };
  }
  return { label: null, id: value };
}

export async function listClaims(context: ReadContext, filter: ClaimFilter): Promise<{ claims: Claim[] }> {
  const records = await readQuery<{
    claim: Node;
    claimants: Node[];
    resources: Node[];
    concerns: Node[];
    sources: { article: Node; quote: unknown }[];
    sourceCount: unknown;
  }>(context, claimsQuery.fill(), {
    resource: idOf(filter.resource, 'Resource'),
    country: idOf(filter.country, 'Country'),
    claimant: await claimantRef(context, filter.claimant),
    minSources: filter.minSources === undefined ? null : integer(filter.minSources),
    limit: integer(filter.limit),
  });
  return {
    claims: records.map((record) => {
      const claim = record.get('claim');
      const p = claim.properties;
      return {
        key: nodeKey(claim),
        id: String(p.id),
        text: textOf(p.text) ?? '',
        kind: textOf(p.kind),
        value: toJson(p.value),
        unit: textOf(p.unit),
        claimants: record.get('claimants').map(nodeRef),
        resources: record.get('resources').map(nodeRef),
        concerns: record.get('concerns').map(nodeRef),
        sources: record.get('sources').map((source) => ({
          article: articleRef(source.article),
          quote: textOf(source.quote),
        })),
        sourceCount: countOf(record.get('sourceCount')),
      };
    }),
  };
}
