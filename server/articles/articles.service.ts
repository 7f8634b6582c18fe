// Reading articles: one article with its verbatim text from the database (a draft or a retracted article
// is a 404 for anyone below editor, never saying it exists), and the editors' list by state.
import type { Node } from 'neo4j-driver';
import type { ArticleListItem, ArticleWithText } from '../../contract/index.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { integer, type ReadContext, readQuery } from '../db/read.ts';
import { textOf } from '../db/to-json.ts';
import { notFound } from '../errors.ts';
import { articleDetail, isPublicArticle } from './article-detail.ts';

const articleQuery = cypherFile(import.meta.url, './queries/article.cypher');
const byStatusQuery = cypherFile(import.meta.url, './queries/articles-by-status.cypher');

/** The Article node, whatever its state: for services that check the state themselves. */
export async function articleNode(context: ReadContext, id: string): Promise<Node | undefined> {
  const [record] = await readQuery<{ article: Node }>(context, articleQuery.fill(), { id });
  return record?.get('article');
}

export async function articleWithText(
  context: ReadContext,
  id: string,
  { editor }: { editor: boolean },
): Promise<{ article: ArticleWithText }> {
  const node = await articleNode(context, id);
  if (!node || (!editor && !isPublicArticle(node))) throw notFound(`No article with id "${id}".`, { id });
  return { article: articleDetail(node) };
}

export async function articlesByStatus(
  context: ReadContext,
  status: 'draft' | 'published',
  limit: number,
): Promise<{ articles: ArticleListItem[] }> {
  const records = await readQuery(context, byStatusQuery.fill(), { status, limit: integer(limit) });
  return {
    articles: records.map((r) => ({
      id: String(r.get('id')),
      status: r.get('status') === 'published' ? 'published' : 'draft',
      title: textOf(r.get('title')),
      titleInferred: textOf(r.get('titleInferred')),
      addedBy: textOf(r.get('addedBy')),
      addedAt: textOf(r.get('addedAt')),
    })),
  };
}
