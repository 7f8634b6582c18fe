// One article: its metadata and its verbatim text, so that quotes can be read within their surroundings.
import type { Node } from 'neo4j-driver';
import type { ArticleWithText } from '../../contract/index.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { type ReadContext, readQuery } from '../db/read.ts';
import { notFound } from '../errors.ts';
import { articleRef } from '../graph/evidence.ts';
import { articleText } from './article-text.ts';

const articleQuery = cypherFile(import.meta.url, './queries/article.cypher');

export async function articleWithText(
  context: ReadContext,
  id: string,
): Promise<{ article: ArticleWithText }> {
  const [record] = await readQuery<{ article: Node }>(context, articleQuery.fill(), { id });
  if (!record) throw notFound(`No article with id "${id}".`, { id });
  const article = articleRef(record.get('article'));
  return { article: { ...article, text: await articleText(article.file) } };
}
