// The editors' endpoints on a draft: review a mention, record / list / remove facts, publish; the drafts list.
import { z } from 'zod';
import {
  draftFactsResponse,
  draftParams,
  draftsResponse,
  factBody,
  factItemParams,
  mentionParams,
  mentionReviewBody,
  mentionReviewResponse,
  noBody,
  noParams,
  noQuery,
  publishResponse,
  recordFactResponse,
  removeFactResponse,
} from '../../contract/index.ts';
import { requirePrincipal, requireRole } from '../auth/principal.ts';
import type { AppContext } from '../context.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { listDrafts } from './drafts.service.ts';
import { draftFacts, recordFact, removeFact } from './facts.service.ts';
import { reviewMention } from './mention-review.service.ts';
import { publishArticle } from './publish.service.ts';

const editor = [requireRole('editor')];
const tags = ['editing'];
/** A POST with nothing to say still sends a JSON body; `{}` or none at all are both fine. */
const emptyBody = z.union([z.object({}).strict(), z.undefined()]);

export function editingEndpoints(context: AppContext): Endpoint[] {
  return [
    defineEndpoint({
      method: 'get',
      path: '/drafts',
      tags,
      summary: 'Drafts in progress with their review progress (editor).',
      before: editor,
      query: noQuery,
      params: noParams,
      body: noBody,
      response: draftsResponse,
      handler: () => listDrafts(context),
    }),
    defineEndpoint({
      method: 'post',
      path: '/articles/{id}/mentions/{mentionId}',
      tags,
      summary:
        'Review a mention of a draft: link it to an entity, create a new entity, or reject it (editor).',
      description:
        "The mention id `start-end` names the words; a new review replaces the previous one. `create` answers the new entity's key (usable in this draft's facts; the entity is created at publish) or 409 `possible_duplicate` with `details.candidates` unless `asNew: true`.",
      before: editor,
      query: noQuery,
      params: mentionParams,
      body: mentionReviewBody,
      response: mentionReviewResponse,
      handler: ({ params, body }, _req, res) =>
        reviewMention(context, {
          articleId: params.id,
          mentionId: params.mentionId,
          body,
          by: requirePrincipal(res).name,
        }),
    }),
    defineEndpoint({
      method: 'post',
      path: '/articles/{id}/facts',
      tags,
      summary: 'Record a fact in a draft with the verbatim quote that reports it (editor); 201 with its key.',
      description:
        'Types: meeting, statement, claim, role, membership, agreementParty, event (docs/api.md). 422 `quote_not_in_article` for offsets outside the text or words that differ; 409 `possible_duplicate` with `details.matches` for a meeting, event or agreement already in the graph unless `sameAs` or `asNew`.',
      before: editor,
      query: noQuery,
      params: draftParams,
      body: factBody,
      response: recordFactResponse,
      handler: async ({ params, body }, _req, res) => {
        const recorded = await recordFact(context, {
          articleId: params.id,
          body,
          by: requirePrincipal(res).name,
        });
        res.status(201);
        return recorded;
      },
    }),
    defineEndpoint({
      method: 'get',
      path: '/articles/{id}/facts',
      tags,
      summary: "A draft's recorded facts, staged until publish (editor).",
      before: editor,
      query: noQuery,
      params: draftParams,
      body: noBody,
      response: draftFactsResponse,
      handler: ({ params }) => draftFacts(context, params.id),
    }),
    defineEndpoint({
      method: 'post',
      path: '/articles/{id}/facts/{itemId}/remove',
      tags,
      summary: 'Take a recorded fact out of a draft (editor).',
      before: editor,
      query: noQuery,
      params: factItemParams,
      body: emptyBody,
      response: removeFactResponse,
      handler: ({ params }, _req, res) =>
        removeFact(context, { articleId: params.id, itemId: params.itemId, by: requirePrincipal(res).name }),
    }),
    defineEndpoint({
      method: 'post',
      path: '/articles/{id}/publish',
      tags,
      summary:
        'Publish a draft: the article, its entities, mentions and facts become public in one transaction (editor).',
      description: 'Publishing an article that is already published answers 409 `article_published`.',
      before: editor,
      query: noQuery,
      params: draftParams,
      body: emptyBody,
      response: publishResponse,
      handler: ({ params }, _req, res) =>
        publishArticle(context, { articleId: params.id, by: requirePrincipal(res).name }),
    }),
  ];
}
