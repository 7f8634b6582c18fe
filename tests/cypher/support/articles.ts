// The seed articles and their manifest as the tests read them, and the quote normalisation they allow.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newsText } from './mentions.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ManifestEntry {
  id: string;
  file: string;
  outlet: string;
  outletBasis?: string;
  title: string;
  titleBasis?: string;
  published: string;
  dateSource: string;
  furniture: string[];
}

export function readManifest(): ManifestEntry[] {
  return JSON.parse(readFileSync(`${REPO_ROOT}seeds/manifest.json`, 'utf8')) as ManifestEntry[];
}

export function readArticle(file: string): string {
  return readFileSync(`${REPO_ROOT}${file}`, 'utf8');
}

/** Whitespace runs and curly versus straight quotes are the only differences a quote may have from its article. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

let manifestOnce: ManifestEntry[] | undefined;

/** An article's news text, page furniture left out, by its id in the manifest (read once). */
export function articleNews(id: string): string {
  manifestOnce ??= readManifest();
  const entry = manifestOnce.find((article) => article.id === id);
  if (!entry) throw new Error(`no manifest entry for article ${id}`);
  return newsText(readArticle(entry.file), entry.furniture);
}
