// Intake: an editor's text or HTML page becomes a draft Article, in one write transaction with its history
// entry; the same text twice is a 409 naming the article that holds it.
import { Neo4jError, type Node } from 'neo4j-driver';
import type { IntakeBody, IntakeResponse } from '../../contract/index.ts';
import { articleDetail, EXTRACTOR_BASIS } from '../articles/article-detail.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { type ReadContext, readQuery } from '../db/read.ts';
import { type WriteContext, writeTransaction } from '../db/write.ts';
import { conflict } from '../errors.ts';
import { recordChange } from '../history/record-change.ts';
import { intakeArticle } from './intake-input.ts';

const bySha256Query = cypherFile(import.meta.url, './queries/article-by-sha256.cypher');
const createQuery = cypherFile(import.meta.url, './queries/create-article.cypher');

const duplicate = (id: string) =>
  conflict('duplicate_article', `This text is already in the graph as article "${id}".`, { id });

export async function addArticle(
  context: WriteContext & ReadContext,
  body: IntakeBody,
  addedBy: string,
): Promise<IntakeResponse> {
  const input = intakeArticle(body);
  const page = input.page;
  // A suggestion is stored only where the editor gave no value of their own.
  const inferred = (given: string | undefined, suggested: string | null | undefined) =>
    given === undefined && suggested ? suggested : null;
  try {
    const article = await writeTransaction(context, async (tx) => {
      const existing = await tx.run<{ id: string }>(bySha256Query.fill(), { sha256: input.sha256 });
      const found = existing.records[0];
      if (found) throw duplicate(found.get('id'));
      const created = await tx.run<{ article: Node }>(createQuery.fill(), {
        id: input.id,
        text: input.text,
        sha256: input.sha256,
        addedBy,
        title: body.title ?? null,
        outlet: body.outlet ?? null,
        url: body.url ?? null,
        published: body.published ?? null,
        basis: EXTRACTOR_BASIS,
        titleInferred: inferred(body.title, page?.title),
        outletInferred: inferred(body.outlet, page?.siteName),
        bylineInferred: page?.byline ?? null,
        publishedInferred: inferred(body.published, page?.published),
      });
      await recordChange(tx, {
        by: addedBy,
        action: 'added',
        key: `Article:${input.id}`,
        articleId: input.id,
        detail: {
          status: 'draft',
          source: page ? 'html' : 'text',
          sha256: input.sha256,
          chars: input.text.length,
        },
      });
      const node = created.records[0]?.get('article');
      if (!node) throw new Error('The new article was not returned.');
      return articleDetail(node);
    });
    return {
      article,
      suggestions: {
        title: page?.title ?? null,
        outlet: page?.siteName ?? null,
        byline: page?.byline ?? null,
        published: page?.published ?? null,
        basis: page ? EXTRACTOR_BASIS : null,
      },
    };
  } catch (error) {
    // Two editors adding the same text at once: the unique sha256 constraint refuses the second.
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      const [record] = await readQuery<{ id: string }>(context, bySha256Query.fill(), {
        sha256: input.sha256,
      });
      if (record) throw duplicate(record.get('id'));
    }
    throw error;
  }
}
