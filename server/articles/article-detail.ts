// An Article node as the API shows it: its reference fields, text, state, who added it and the HTML
// extractor's suggestions (stored as inferred values whose basis names the extractor, ../shared/SCHEMA.md v2).
import type { Node } from 'neo4j-driver';
import type { ArticleSuggestions, ArticleWithText } from '../../contract/index.ts';
import { textOf } from '../db/to-json.ts';
import { articleRef } from '../graph/evidence.ts';

/** The basis every stored suggestion carries, so a suggestion is told from an inference made by hand. */
export const EXTRACTOR_BASIS = 'suggested by the HTML extractor (@mozilla/readability over linkedom)';

function statusOf(value: unknown): ArticleWithText['status'] {
  return value === 'draft' || value === 'published' ? value : null;
}

function suggestionsOf(p: Record<string, unknown>): ArticleSuggestions {
  const suggested = (value: unknown, basis: unknown): string | null =>
    basis === EXTRACTOR_BASIS ? textOf(value) : null;
  const found = {
    title: suggested(p.titleInferred, p.titleBasis),
    outlet: suggested(p.outletInferred, p.outletBasis),
    byline: suggested(p.bylineInferred, p.bylineBasis),
    published: suggested(p.publishedInferred, p.publishedInferredBasis),
  };
  const any = Object.values(found).some((value) => value !== null);
  return { ...found, basis: any ? EXTRACTOR_BASIS : null };
}

export function articleDetail(article: Node): ArticleWithText {
  const p = article.properties;
  return {
    ...articleRef(article),
    text: textOf(p.text),
    status: statusOf(p.status),
    sha256: textOf(p.sha256),
    addedBy: textOf(p.addedBy),
    addedAt: textOf(p.addedAt),
    suggestions: suggestionsOf(p),
  };
}

/** Published and not retracted: what anyone may read. */
export function isPublicArticle(article: Node): boolean {
  const p = article.properties;
  return p.status === 'published' && (p.retracted === undefined || p.retracted === null);
}
