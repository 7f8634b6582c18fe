// Resolves the `Label:id` keys a review or a fact names: visible graph nodes (by each label's id constraint),
// or items staged in this same draft (entities created here, facts recorded here). Anything else is a 404.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypherFile, labelFragment } from '../db/cypher-files.ts';
import { notFound } from '../errors.ts';

const entitiesById = cypherFile(import.meta.url, './queries/entities-by-id.cypher');
const stagedByKey = cypherFile(import.meta.url, './queries/staged-by-key.cypher');

/** Labels a review or a fact may name: the entities and facts of the model (never articles or internal state). */
export const KEY_LABELS = new Set([
  'Person',
  'Country',
  'Organization',
  'Place',
  'Resource',
  'Topic',
  'Meeting',
  'Event',
  'Agreement',
  'Statement',
  'ResourceClaim',
]);

export interface ResolvedKey {
  key: string;
  label: string;
  id: string;
  name: string;
  /** The graph node's element id; null for an item staged in this draft (it exists once published). */
  elementId: string | null;
}

export function splitKey(key: string): { label: string; id: string } | undefined {
  const colon = key.indexOf(':');
  if (colon <= 0) return undefined;
  const label = key.slice(0, colon);
  const id = key.slice(colon + 1);
  return KEY_LABELS.has(label) && id !== '' ? { label, id } : undefined;
}

/** Visible graph nodes among `keys`, by key (absent keys are simply missing from the map). */
export async function graphNodes(
  tx: ManagedTransaction,
  keys: readonly string[],
): Promise<Map<string, ResolvedKey>> {
  const byLabel = new Map<string, string[]>();
  for (const key of new Set(keys)) {
    const parts = splitKey(key);
    if (parts) byLabel.set(parts.label, [...(byLabel.get(parts.label) ?? []), parts.id]);
  }
  const found = new Map<string, ResolvedKey>();
  for (const [label, ids] of byLabel) {
    const result = await tx.run<{ id: string; elementId: string; name: string | null }>(
      entitiesById.fill({ label: labelFragment(label) }),
      { ids },
    );
    for (const record of result.records) {
      const { id, elementId, name } = record.toObject();
      const key = `${label}:${id}`;
      found.set(key, { key, label, id, name: name ?? id, elementId });
    }
  }
  return found;
}

interface StagedRow {
  key: string;
  articleId: string;
  kind: string;
  payload: string;
}

/** Every key resolved, graph first, then this draft's staged entities and facts; 404 names the unknown ones. */
export async function resolveKeys(
  tx: ManagedTransaction,
  articleId: string,
  keys: readonly string[],
): Promise<Map<string, ResolvedKey>> {
  const found = await graphNodes(tx, keys);
  const missing = [...new Set(keys)].filter((key) => !found.has(key));
  if (missing.length > 0) {
    const result = await tx.run<StagedRow>(stagedByKey.fill(), { keys: missing });
    for (const record of result.records) {
      const row = record.toObject();
      const parts = splitKey(row.key);
      if (row.articleId !== articleId || !parts) continue;
      const payload = JSON.parse(row.payload) as { name?: unknown };
      const name = typeof payload.name === 'string' ? payload.name : parts.id;
      found.set(row.key, { key: row.key, ...parts, name, elementId: null });
    }
  }
  const unknown = [...new Set(keys)].filter((key) => !found.has(key));
  if (unknown.length > 0) {
    throw notFound(`No visible entity or fact has the key ${unknown.map((key) => `"${key}"`).join(', ')}.`, {
      keys: unknown,
    });
  }
  return found;
}
