// Article references and evidence items ({article, quote}) as every endpoint returns them.
import type { Node } from 'neo4j-driver';
import type { ArticleRef } from '../../contract/index.ts';
import { textOf as text } from '../db/to-json.ts';

/** What the article states and what was inferred, each under its own name, so the interface can tell. */
export function articleRef(article: Node): ArticleRef {
  const p = article.properties;
  return {
    id: String(p.id),
    title: text(p.title),
    outlet: text(p.outlet),
    published: text(p.published),
    titleInferred: text(p.titleInferred),
    titleBasis: text(p.titleBasis),
    outletInferred: text(p.outletInferred),
    outletBasis: text(p.outletBasis),
    publishedPrecision: text(p.publishedPrecision),
    publishedBasis: text(p.publishedBasis),
    url: text(p.url),
    file: text(p.file),
  };
}
