// Records a change (who, what, which key, when) inside the write transaction that makes it.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';

const recordChangeQuery = cypherFile(import.meta.url, './record-change.cypher');

export interface ChangeEntry {
  /** The principal's name. */
  by: string;
  /** What happened, in the past tense of a verb: `added`, `linked`, `created`, `published`, `retracted`, ... */
  action: string;
  /** The `Label:id` key of what changed (an article, a fact, an entity, a user). */
  key: string;
  articleId?: string;
  /** A short JSON-serialisable description of the change (fields set, reason). */
  detail?: Record<string, unknown>;
}

export async function recordChange(tx: ManagedTransaction, entry: ChangeEntry): Promise<void> {
  await tx.run(recordChangeQuery.fill(), {
    by: entry.by,
    action: entry.action,
    key: entry.key,
    articleId: entry.articleId ?? null,
    detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
  });
}
