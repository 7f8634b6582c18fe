// Articles (metadata and verbatim text) fetched once per id and shared by every panel that shows sources.
import { api } from '../api/api.ts';
import type { ArticleRef } from '../api/types.ts';

const articles = new Map<string, Promise<ArticleRef | null>>();

export function article(id: string): Promise<ArticleRef | null> {
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
