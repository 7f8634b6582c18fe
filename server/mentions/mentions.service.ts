// GET /articles/{id}/mentions: runs detection over the article's stored text and adds, for each new name,
// the closest existing entities from the full-text index. Reads only. The review feature decorates the
// list this builds (each mention's `review`), keyed by the mention ids, which encode the offsets.
import type { Node } from 'neo4j-driver';
import {
  formatNodeKey,
  type Mention,
  type MentionCandidate,
  type MentionsResponse,
} from '../../contract/index.ts';
import { articleNode } from '../articles/articles.service.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { primaryLabel } from '../db/node-key.ts';
import { integer, type ReadContext, readQuery } from '../db/read.ts';
import { textOf } from '../db/to-json.ts';
import { reviewsOf } from '../editing/mention-review.service.ts';
import { notFound } from '../errors.ts';
import { buildLuceneQuery } from '../search/lucene-query.ts';
import { detectMentions } from './detect-mentions.ts';
import { entityMatcher } from './entity-catalogue.ts';

const duplicatesQuery = cypherFile(import.meta.url, './queries/duplicate-candidates.cypher');
const DUPLICATES_PER_NAME = 3;

interface IndexMatch {
  id: unknown;
  name: unknown;
  labels: string[];
  score: number;
}

/** Lucene scores are unbounded; s/(s+1) keeps their order within 0..1, below an exact alias match. */
const boundedScore = (score: number): number => Math.round((score / (score + 1)) * 1000) / 1000;

async function addDuplicateCandidates(context: ReadContext, mentions: Mention[]): Promise<void> {
  const names = mentions.flatMap((mention) =>
    mention.kind === 'entity' && !mention.known
      ? [{ id: mention.id, query: buildLuceneQuery(mention.text) }]
      : [],
  );
  const queried = names.filter((name) => name.query !== '');
  if (queried.length === 0) return;
  const records = await readQuery<{ id: string; matches: IndexMatch[] }>(context, duplicatesQuery.fill(), {
    names: queried,
    perName: integer(DUPLICATES_PER_NAME),
  });
  const byId = new Map<string, MentionCandidate[]>(
    records.map((record) => [
      record.get('id'),
      record.get('matches').map((match) => {
        const label = primaryLabel(match.labels);
        return {
          key: formatNodeKey(label, String(match.id)),
          name: String(match.name),
          label,
          score: boundedScore(Number(match.score)),
        };
      }),
    ]),
  );
  for (const mention of mentions) {
    if (mention.kind === 'entity' && !mention.known) mention.candidates = byId.get(mention.id) ?? [];
  }
}

/** The mentions of an article node's text; for the review feature to decorate before answering. */
export async function buildMentions(context: ReadContext, article: Node): Promise<MentionsResponse> {
  const text = textOf(article.properties.text) ?? '';
  const published = textOf(article.properties.published);
  const mentions = detectMentions({ text, published, matcher: await entityMatcher(context) });
  await addDuplicateCandidates(context, mentions);
  return { articleId: String(article.properties.id), published, mentions };
}

export async function articleMentions(context: ReadContext, id: string): Promise<MentionsResponse> {
  const article = await articleNode(context, id);
  if (!article) throw notFound(`No article with id "${id}".`, { id });
  const answer = await buildMentions(context, article);
  // Each mention's current review (server/editing), so the workbench shows what is done and what is left.
  const reviews = await reviewsOf(context, id);
  for (const mention of answer.mentions) {
    const review = reviews.get(mention.id);
    if (review) mention.review = review;
  }
  return answer;
}
