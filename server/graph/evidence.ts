// Article references and evidence items ({article, quote}) as every endpoint returns them.
import type { Node } from 'neo4j-driver';
import { toJson } from '../db/to-json.ts';

export interface ArticleRef {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  file: string | null;
}

export interface Evidence {
  article: ArticleRef;
  quote: string | null;
}

function text(value: unknown): string | null {
  const json = toJson(value);
  return json === null ? null : String(json);
}

export function articleRef(article: Node): ArticleRef {
  const p = article.properties;
  return {
    id: String(p.id),
    title: text(p.title ?? p.name),
    outlet: text(p.outlet),
    published: text(p.published),
    file: text(p.file),
  };
}
