// The one normalisation an article's text gets (line endings, non-breaking spaces), its sha256 and the id
// derived from it: the seed loader and intake both use these, so the same text always hashes the same.
import { createHash } from 'node:crypto';

/** CRLF and lone CR become LF, U+00A0 becomes a space; nothing else changes (quotes index into the rest). */
export function normaliseArticleText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
}

/** Hex sha256 of the UTF-8 bytes of the normalised text. */
export function articleSha256(normalisedText: string): string {
  return createHash('sha256').update(normalisedText, 'utf8').digest('hex');
}

/** New articles are named by their text: `art_` and the first 16 hex digits of its sha256. */
export function articleIdOf(sha256: string): string {
  return `art_${sha256.slice(0, 16)}`;
}
