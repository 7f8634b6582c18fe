// Article references and evidence items ({article, quote}) as every endpoint returns them.
import type { Node } from 'neo4j-driver';
import type { ArticleRef } from '../../contract/index.ts';
import { textOf } from '../db/to-json.ts';

/** What the article states and what was inferred, each under its own name, so the interface can tell. */
export function articleRef(article: Node): ArticleRef {
  const p = article.properties;
  return {
    id: String(p.id),
    title: textOf(p.title),
    outlet: textOf(p.outlet),
    published: textOf(p.published),
    titleInferred: textOf(p.titleInferred),
    titleBasis: textOf(p.titleBasis),
    outletInferred: textOf(p.outletInferred),
    outletBasis: textOf(p.outletBasis),
    publishedPrecision: textOf(p.publishedPrecision),
    publishedBasis: textOf(p.publishedBasis),
    url: textOf(p.url),
    file: textOf(p.file),
  };
}
