// What the public may see. Articles are visible once `status = 'published'`; anything with `retracted`
// set is hidden from every read; nodes with an internal label (accounts, sessions, history, a draft's staged
// review, the result cache's graph version) are never part of the public graph. Public queries express the same rules in Cypher:
//   article:  a.status = 'published' AND a.retracted IS NULL
//             (written coalesce(a.status, '') = 'published' where the article is reached from a fact: a plain
//             equality lets the planner seek every published article through Article(status) and join them
//             with the fact, a cost that grows with the articles instead of with the fact's sources)
//   fact/entity/relationship: x.retracted IS NULL
// and sourceCount (../shared/SCHEMA.md, Extensions v2) counts distinct visible articles:
//   COUNT { MATCH (f)-[r:REPORTED_IN]->(a:Article) WHERE <article visible> AND r.retracted IS NULL RETURN DISTINCT a }

/** Labels of nodes that hold the product's own state, never shown by a public read, export or count. */
export const INTERNAL_LABELS = [
  'User',
  'ApiToken',
  'Session',
  'Change',
  'DraftItem',
  'IdempotentRequest',
  'SignInAttempt',
  'GraphVersion',
] as const;

export type InternalLabel = (typeof INTERNAL_LABELS)[number];

const internal = new Set<string>(INTERNAL_LABELS);

export function isInternalLabel(label: string): boolean {
  return internal.has(label);
}

interface Visible {
  labels?: readonly string[];
  properties: Record<string, unknown>;
}

/** The same rules for an entity already read (console results, exports of arbitrary queries). */
export function isPubliclyVisible({ labels = [], properties }: Visible): boolean {
  if (labels.some(isInternalLabel)) return false;
  if (properties.retracted !== undefined && properties.retracted !== null && properties.retracted !== false) {
    return false;
  }
  if (labels.includes('Article') && properties.status !== 'published') return false;
  return true;
}

/** Node labels of facts: each reported in articles (REPORTED_IN) and so carrying a `sourceCount`. */
export const FACT_LABELS = ['Meeting', 'Statement', 'ResourceClaim', 'Agreement', 'Event'] as const;

/**
 * Property names that hold the product's secrets or internal state. The Cypher console refuses a query that
 * names one (or an internal label); the schema summary leaves them out.
 */
export const INTERNAL_PROPERTIES = ['passwordHash', 'tokenHash', 'sessionHash', 'csrfToken'] as const;

/** The parameters public queries take for these rules: `$internal` labels and `$factLabels`. */
export function visibilityParams(): { internal: string[]; factLabels: string[] } {
  return { internal: [...INTERNAL_LABELS], factLabels: [...FACT_LABELS] };
}
