// DraftItem staging: a draft's reviewed mentions, created entities and recorded facts, kept apart from the
// public graph (DraftItem is an internal label) until the publish transaction turns them into graph data.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import { type ReadContext, readQuery } from '../db/read.ts';

const draftItemsQuery = cypherFile(import.meta.url, './queries/draft-items.cypher');
const saveDraftItemQuery = cypherFile(import.meta.url, './queries/save-draft-item.cypher');

export type DraftItemKind = 'mention' | 'entity' | 'fact';

export interface DraftItem {
  id: string;
  kind: DraftItemKind;
  /** The key the item reserves (an entity created here, a new fact), or null. */
  key: string | null;
  payload: Record<string, unknown>;
  addedBy: string;
  addedAt: string;
}

interface DraftItemRow {
  id: string;
  kind: DraftItemKind;
  key: string | null;
  payload: string;
  addedBy: string;
  addedAt: string;
}

function itemOf(row: DraftItemRow): DraftItem {
  const payload: unknown = JSON.parse(row.payload);
  return {
    ...row,
    payload: payload !== null && typeof payload === 'object' ? { ...payload } : {},
  };
}

/** Inside a write transaction: the draft's items as they stand in it. */
export async function draftItemsIn(
  tx: ManagedTransaction,
  articleId: string,
  kind: DraftItemKind | null = null,
): Promise<DraftItem[]> {
  const result = await tx.run<DraftItemRow>(draftItemsQuery.fill(), { articleId, kind });
  return result.records.map((record) => itemOf(record.toObject()));
}

export async function readDraftItems(
  context: ReadContext,
  articleId: string,
  kind: DraftItemKind | null = null,
): Promise<DraftItem[]> {
  const records = await readQuery<DraftItemRow>(context, draftItemsQuery.fill(), { articleId, kind });
  return records.map((record) => itemOf(record.toObject()));
}

export async function saveDraftItem(
  tx: ManagedTransaction,
  item: { id: string; articleId: string; kind: DraftItemKind; key: string | null; payload: object },
  by: string,
  at: string,
): Promise<void> {
  await tx.run(saveDraftItemQuery.fill(), { ...item, payload: JSON.stringify(item.payload), by, at });
}
