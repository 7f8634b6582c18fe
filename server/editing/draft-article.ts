// The draft an editing write works on: found and write-locked inside the write's transaction, refused when
// it is missing (404) or already published (409 `article_published`).
import type { ManagedTransaction } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import { type ReadContext, readQuery } from '../db/read.ts';
import { conflict, notFound } from '../errors.ts';

const lockArticle = cypherFile(import.meta.url, './queries/lock-article.cypher');
const articleState = cypherFile(import.meta.url, './queries/article-state.cypher');

export interface DraftArticle {
  id: string;
  text: string;
}

interface ArticleRow {
  status: string | null;
  text: string | null;
  retracted: boolean | null;
}

function draftOf(id: string, row: ArticleRow | undefined): DraftArticle {
  if (!row) throw notFound(`No article with id "${id}".`, { id });
  if (row.status !== 'draft' || row.retracted) {
    throw conflict(
      'article_published',
      `Article "${id}" is published: its mentions and facts are no longer edited here.`,
      {
        id,
        status: row.status,
      },
    );
  }
  return { id, text: row.text ?? '' };
}

/** The draft, locked for the rest of `tx` so that writes to one draft (and its publish) serialise. */
export async function lockDraft(tx: ManagedTransaction, id: string, at: string): Promise<DraftArticle> {
  const result = await tx.run<ArticleRow>(lockArticle.fill(), { id, at });
  return draftOf(id, result.records[0]?.toObject());
}

/** The draft for a read (its staged facts and reviews); the same 404 and 409 as a write. */
export async function readDraft(context: ReadContext, id: string): Promise<DraftArticle> {
  const [record] = await readQuery<ArticleRow>(context, articleState.fill(), { id });
  return draftOf(id, record?.toObject());
}
