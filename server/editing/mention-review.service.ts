// Reviewing a draft's detected mentions: link to an existing entity, create a new one (staged until publish),
// or reject. One review per mention (its id `${start}-${end}`): a new review replaces the previous one.
import {
  CREATABLE_LABELS,
  type MentionReview,
  type MentionReviewBody,
  type StagedEntity,
} from '../../contract/index.ts';
import type { ReadContext } from '../db/read.ts';
import { type WriteContext, writeTransaction } from '../db/write.ts';
import { conflict, invalid } from '../errors.ts';
import { recordChange } from '../history/record-change.ts';
import { lockDraft } from './draft-article.ts';
import { sameNamedEntities } from './entity-duplicates.ts';
import { resolveKeys } from './entity-keys.ts';
import { freeId } from './free-id.ts';
import { type DraftItem, draftItemsIn, readDraftItems, saveDraftItem } from './staging.ts';
import { mentionSpan, normalName, slugOf } from './text-checks.ts';

const creatable = new Set<string>(CREATABLE_LABELS);

export function mentionItemId(articleId: string, mentionId: string): string {
  return `${articleId}:mention:${mentionId}`;
}

function reviewOf(item: DraftItem): MentionReview | undefined {
  const p = item.payload;
  if (typeof p.mentionId !== 'string' || typeof p.action !== 'string') return undefined;
  return {
    mentionId: p.mentionId,
    start: Number(p.start),
    end: Number(p.end),
    text: String(p.text),
    action: p.action === 'link' || p.action === 'create' ? p.action : 'reject',
    key: typeof p.key === 'string' ? p.key : null,
    reviewedBy: item.addedBy,
    reviewedAt: item.addedAt,
  };
}

/** The reviews of a draft's mentions by mention id, for the mentions endpoint to show beside each mention. */
export async function reviewsOf(
  context: ReadContext,
  articleId: string,
): Promise<Map<string, MentionReview>> {
  const reviews = new Map<string, MentionReview>();
  for (const item of await readDraftItems(context, articleId, 'mention')) {
    const review = reviewOf(item);
    if (review) reviews.set(review.mentionId, review);
  }
  return reviews;
}

export interface ReviewAnswer {
  key: string | null;
  review: MentionReview;
  entity: StagedEntity | null;
}

export async function reviewMention(
  context: WriteContext,
  request: { articleId: string; mentionId: string; body: MentionReviewBody; by: string },
): Promise<ReviewAnswer> {
  const { articleId, mentionId, body, by } = request;
  return writeTransaction(context, async (tx) => {
    const at = new Date().toISOString();
    const draft = await lockDraft(tx, articleId, at);
    const span = mentionSpan(draft.text, mentionId);
    const itemId = mentionItemId(articleId, mentionId);
    let key: string | null = null;
    let entity: StagedEntity | null = null;

    if (body.action === 'link') {
      const [label] = body.key.split(':');
      if (!label || !creatable.has(label)) {
        throw invalid(
          `A mention links to an entity (${CREATABLE_LABELS.join(', ')}), not "${body.key}".`,
          { key: body.key },
          'wrong_label',
        );
      }
      key = (await resolveKeys(tx, articleId, [body.key])).get(body.key)?.key ?? null;
    } else if (body.action === 'create') {
      const staged = await draftItemsIn(tx, articleId, 'entity');
      const previous = (await draftItemsIn(tx, articleId, 'mention')).find((item) => item.id === itemId);
      const again = staged.find(
        (item) =>
          previous?.payload.action === 'create' &&
          item.key === previous.payload.key &&
          item.payload.label === body.label &&
          normalName(String(item.payload.name)) === normalName(body.name),
      );
      const aliases = [...new Set(body.aliases ?? [])];
      if (again?.key) {
        key = again.key;
        entity = {
          key: again.key,
          label: body.label,
          id: String(again.payload.id),
          name: String(again.payload.name),
          aliases,
        };
      } else {
        if (!body.asNew) {
          const candidates = await sameNamedEntities(tx, body.label, [body.name, ...aliases], staged);
          if (candidates.length > 0) {
            throw conflict(
              'possible_duplicate',
              `A ${body.label} named "${body.name}" may already exist: link to it, or send asNew: true.`,
              {
                candidates,
              },
            );
          }
        }
        const id = await freeId(tx, body.label, slugOf(body.name));
        key = `${body.label}:${id}`;
        entity = { key, label: body.label, id, name: body.name, aliases };
      }
      await saveDraftItem(
        tx,
        {
          id: `${articleId}:entity:${key}`,
          articleId,
          kind: 'entity',
          key,
          payload: { ...entity, mentionId },
        },
        by,
        at,
      );
    }

    const payload = { mentionId, ...span, action: body.action, key };
    await saveDraftItem(tx, { id: itemId, articleId, kind: 'mention', key: null, payload }, by, at);
    await recordChange(tx, {
      by,
      action: 'reviewed',
      key: key ?? `Article:${articleId}`,
      articleId,
      detail: { mentionId, action: body.action, text: span.text, ...(entity ? { created: entity } : {}) },
    });
    return {
      key,
      entity,
      review: { mentionId, ...span, action: body.action, key, reviewedBy: by, reviewedAt: at },
    };
  });
}
