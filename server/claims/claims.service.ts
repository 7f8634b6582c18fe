// Resource claims: what was asserted about which resources and countries, by whom, and where it was reported.
import type { Node } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import { IDENTIFIER } from '../db/node-key.ts';
import { integer, type ReadContext, readQuery } from '../db/read.ts';
import { nodeKey, toJson } from '../db/to-json.ts';
import { vocabulary } from '../db/vocabulary.ts';
import { articleRef } from '../graph/evidence.ts';
import { nodeAttributes } from '../graph/graph-payload.ts';

const claimsQuery = cypherFile(import.meta.url, './queries/claims.cypher');

export interface ClaimFilter {
  resource?: string | undefined;
  country?: string | undefined;
  claimant?: string | undefined;
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

function brief(node: Node) {
  const attributes = nodeAttributes(node);
  return { key: nodeKey(node), label: String(attributes.label), name: String(attributes.name) };
}

export async function listClaims(context: ReadContext, filter: ClaimFilter) {
  const records = await readQuery<{
    claim: Node;
    claimants: Node[];
    resources: Node[];
    concerns: Node[];
    sources: { article: Node; quote: unknown }[];
  }>(context, claimsQuery.fill(), {
    resource: idOf(filter.resource, 'Resource'),
    country: idOf(filter.country, 'Country'),
    claimant: await claimantRef(context, filter.claimant),
    limit: integer(filter.limit),
  });
  return {
    claims: records.map((record) => {
      const claim = record.get('claim');
      const p = claim.properties;
      return {
        key: nodeKey(claim),
        id: String(p.id),
        text: String(toJson(p.text) ?? ''),
        kind: (toJson(p.kind) as string | null) ?? null,
        value: toJson(p.value) ?? null,
        unit: (toJson(p.unit) as string | null) ?? null,
        claimants: record.get('claimants').map(brief),
        resources: record.get('resources').map(brief),
        concerns: record.get('concerns').map(brief),
        sources: record.get('sources').map((source) => ({
          article: articleRef(source.article),
          quote: (toJson(source.quote) as string | null) ?? null,
        })),
      };
    }),
  };
}
