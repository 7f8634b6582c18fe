// Articles (metadata and verbatim text) fetched once per id and shared by every panel that shows sources.
import { api } from '../api/api.ts';
import type { ArticleRef, ArticleWithText } from '../api/types.ts';

const articles = new Map<string, Promise<ArticleWithText | null>>();

export function article(id: string): Promise<ArticleWithText | null> {
  let found = articles.get(id);
  if (!found) {
    found = api
      .article(id)
      .then((answer) => answer.article)
      .catch(() => {
        // A failed fetch is not remembered, so the next panel tries again.
        articles.delete(id);
        return null;
      });
    articles.set(id, found);
  }
  return found;
}

/** An article the API could not describe: known by its id alone. */
export const unknownArticle = (id: string): ArticleRef => ({
  id,
  title: null,
  outlet: null,
  published: null,
  titleInferred: null,
  titleBasis: null,
  outletInferred: null,
  outletBasis: null,
  publishedPrecision: null,
  publishedBasis: null,
  url: null,
  file: null,
});
