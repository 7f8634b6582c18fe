// Pure checks on an article's text: a quote's offsets and words, a mention's offsets, names compared loosely.
import { unprocessable } from '../errors.ts';
import { foldWord } from '../mentions/name-folding.ts';

/** Whitespace runs, curly versus straight quotes and dashes aside, two texts say the same words. */
export function looseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name as duplicates are found by: case, diacritics, possessive and spacing aside. */
export function normalName(name: string): string {
  return foldWord(name)
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A lower-case, hyphenated id made of a text's letters and digits (`Acme Mining Co.` → `acme-mining-co`). */
export function slugOf(text: string, maxLength = 60): string {
  const slug = normalName(text).replace(/\s+/g, '-').slice(0, maxLength).replace(/-+$/, '');
  return slug === '' ? 'item' : slug;
}

export interface QuoteRequest {
  start: number;
  end: number;
  text?: string | undefined;
}

/**
 * The verbatim words at start..end of the article, or 422 `quote_not_in_article` when the offsets fall outside
 * the text or the words the request sends are not the words there.
 */
export function quotedWords(articleText: string, quote: QuoteRequest): string {
  const { start, end } = quote;
  if (start < 0 || end > articleText.length || start >= end) {
    throw unprocessable(
      'quote_not_in_article',
      `The quote's offsets ${start}-${end} are outside the article's text.`,
      {
        start,
        end,
        length: articleText.length,
      },
    );
  }
  const words = articleText.slice(start, end);
  if (quote.text !== undefined && looseText(quote.text) !== looseText(words)) {
    throw unprocessable(
      'quote_not_in_article',
      'The quoted words are not the words of the article at these offsets.',
      {
        start,
        end,
        sent: quote.text,
        inArticle: words,
      },
    );
  }
  if (looseText(words) === '') {
    throw unprocessable('quote_not_in_article', 'The quote holds no words.', { start, end });
  }
  return words;
}

/** The offsets a mention id (`${start}-${end}`) names, checked against the article: 422 when outside it. */
export function mentionSpan(
  articleText: string,
  mentionId: string,
): { start: number; end: number; text: string } {
  const [start, end] = mentionId.split('-').map(Number);
  if (start === undefined || end === undefined || !(start < end) || end > articleText.length) {
    throw unprocessable('mention_not_in_article', `The mention ${mentionId} is outside the article's text.`, {
      mentionId,
      length: articleText.length,
    });
  }
  return { start, end, text: articleText.slice(start, end) };
}
