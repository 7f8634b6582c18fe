// The pure checks behind review and facts: quotes against the article text, mention offsets, names and slugs.
import { describe, expect, it } from 'vitest';
import { mentionSpan, normalName, quotedWords, slugOf } from '../../../server/editing/text-checks.ts';

const TEXT = 'He said: \u201cWe are  not done yet,\u201d on Friday.';

describe('quotedWords', () => {
  it('answers the article\u2019s own words at the offsets', () => {
    const start = TEXT.indexOf('\u201c');
    expect(quotedWords(TEXT, { start, end: start + 23 })).toBe('\u201cWe are  not done yet,\u201d');
  });

  it('accepts the same words with straight quotes and other spacing, refuses other words', () => {
    const start = TEXT.indexOf('\u201c');
    expect(quotedWords(TEXT, { start, end: start + 23, text: '"We are not done yet,"' })).toContain('We are');
    expect(() => quotedWords(TEXT, { start, end: start + 23, text: '"We are not finished yet,"' })).toThrow(
      expect.objectContaining({ kind: 'unprocessable', code: 'quote_not_in_article' }),
    );
  });

  it('refuses offsets outside the text, reversed or empty', () => {
    for (const quote of [
      { start: 0, end: TEXT.length + 1 },
      { start: 5, end: 5 },
      { start: 8, end: 9 },
    ]) {
      expect(() => quotedWords(TEXT, quote)).toThrow(
        expect.objectContaining({ code: 'quote_not_in_article' }),
      );
    }
  });
});

describe('mentionSpan', () => {
  it('reads start-end from the id and checks it against the text', () => {
    expect(mentionSpan(TEXT, '0-2')).toEqual({ start: 0, end: 2, text: 'He' });
    expect(() => mentionSpan(TEXT, `0-${TEXT.length + 1}`)).toThrow(
      expect.objectContaining({ code: 'mention_not_in_article' }),
    );
    expect(() => mentionSpan(TEXT, '4-2')).toThrow(
      expect.objectContaining({ code: 'mention_not_in_article' }),
    );
  });
});

describe('names', () => {
  it('compares names without case, diacritics or possessives', () => {
    expect(normalName("Zelenskyy's")).toBe('zelenskyy');
    expect(normalName('  Société  Générale ')).toBe('societe generale');
  });

  it('makes ids of letters and digits', () => {
    expect(slugOf('Kestrel Analytics Ltd.')).toBe('kestrel-analytics-ltd');
    expect(slugOf('!!!')).toBe('item');
  });
});
