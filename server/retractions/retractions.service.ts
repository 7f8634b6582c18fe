// Retraction: marks an article, fact or entity retracted (hidden from every public read, never deleted) and
// records it in history, in one write transaction. Retracting an article retracts, in the same transaction,
// the facts whose only visible source it was, each with its own history entry.
import type { RetractionResponse } from '../../contract/index.ts';
import { formatNodeKey } from '../../contract/index.ts';
import { cypherFile, labelFragment } from '../db/cypher-files.ts';
import { primaryLabel } from '../db/node-key.ts';
import type { ReadContext } from '../db/read.ts';
import { resolveKey } from '../db/vocabulary.ts';
import { type WriteContext, writeTransaction } from '../db/write.ts';
import { conflict, notFound } from '../errors.ts';
import { isInternalLabel } from '../graph/visibility.ts';
import { recordChange } from '../history/record-change.ts';

const queries = {
  target: cypherFile(import.meta.url, './queries/retraction-target.cypher'),
  retract: cypherFile(import.meta.url, './queries/retract-node.cypher'),
  orphans: cypherFile(import.meta.url, './queries/retract-orphaned-facts.cypher'),
};

export async function retract(
  context: ReadContext & WriteContext,
  request: { key: string; reason: string; by: string },
): Promise<RetractionResponse> {
  const ref = await resolveKey(context, request.key);
  // Accounts, sessions and history are no part of the graph: they are revoked or kept, never retracted.
  if (isInternalLabel(ref.label))
    throw notFound(`No node has the key "${request.key}".`, { key: request.key });
  const key = formatNodeKey(ref.label, ref.id);
  const fill = { label: labelFragment(ref.label) };
  const { by, reason } = request;
  return writeTransaction(context, async (tx) => {
    const [target] = (await tx.run<{ retracted: boolean }>(queries.target.fill(fill), { id: ref.id }))
      .records;
    if (!target) throw notFound(`No node has the key "${key}".`, { key });
    if (target.get('retracted')) {
      throw conflict('already_retracted', `"${key}" is already retracted.`, { key });
    }
    const [marked] = (
      await tx.run<{ retractedAt: string }>(queries.retract.fill(fill), { id: ref.id, by, reason })
    ).records;
    // Another retraction of the same key committed between the two reads.
    if (!marked) throw conflict('already_retracted', `"${key}" is already retracted.`, { key });
    const retractedAt = marked.get('retractedAt');
    const isArticle = ref.label === 'Article';
    await recordChange(tx, {
      by,
      action: 'retracted',
      key,
      ...(isArticle ? { articleId: ref.id } : {}),
      detail: { reason },
    });
    const alsoRetracted: string[] = [];
    if (isArticle) {
      const orphans = await tx.run<{ labels: string[]; id: string }>(queries.orphans.fill(), {
        articleId: ref.id,
        by,
        reason,
      });
      for (const record of orphans.records) {
        const factKey = formatNodeKey(primaryLabel(record.get('labels')), record.get('id'));
        alsoRetracted.push(factKey);
        await recordChange(tx, {
          by,
          action: 'retracted',
          key: factKey,
          articleId: ref.id,
          detail: { reason, becauseRetracted: key },
        });
      }
    }
    return { key, retracted: true, retractedBy: by, retractedAt, retractionReason: reason, alsoRetracted };
  });
}
