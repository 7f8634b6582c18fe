// The quote's context on the five seed articles' real texts: the quote found in every case, whole sentences
// around it, and never the page furniture the texts carry (credit lines, date stamps, headings, teasers).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFurniture, quoteInContext } from '../../client/sources/quote-context.ts';

const root = join(import.meta.dirname, '..', '..');
const texts = new Map(
  readdirSync(join(root, 'seeds'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name.replace(/\.txt$/, ''), readFileSync(join(root, 'seeds', name), 'utf8')]),
);

/** Every quote the seed cites, with its article: `to: '<article>', props: {… quote: '…'}` in cypher/seed. */
function seedQuotes(): { article: string; quote: string }[] {
  const dir = join(root, 'cypher', 'seed');
  const found: { article: string; quote: string }[] = [];
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    const cited = /to: '(\d{3}_[0-9a-f]+)', props: \{[^\n]*?quote: (?:'((?:\\'|[^'])*)'|"((?:\\"|[^"])*)")/g;
    for (const match of text.matchAll(cited))
      found.push({ article: match[1] ?? '', quote: (match[2] ?? match[3] ?? '').replace(/\\(['"])/g, '$1') });
  }
  return found;
}

/** The furniture lines of the five texts, as a reader sees them on the page. */
const FURNITURE = [
  'Photo Credit: Getty Images',
  'date 2025-02-28',
  'date 2025-02-27',
  'WHAT WE KNOW ABOUT US-UKRAINE MINERAL DEAL SO FAR',
  'Shocking allies',
  'READ MORE',
  "Don't miss",
  '[POLL]',
  '[WORLD]',
];

describe('quoteInContext on the seed articles', () => {
  const quotes = seedQuotes();

  it('reads the seed’s quotes from every article', () => {
    expect(new Set(quotes.map((q) => q.article))).toEqual(new Set(texts.keys()));
    expect(quotes.length).toBeGreaterThanOrEqual(120);
  });

  it('finds every quote, in whole sentences, with no page furniture around it', () => {
    for (const { article, quote } of quotes) {
      const context = quoteInContext(texts.get(article) ?? '', quote);
      expect(context, `${article}: ${quote}`).not.toBeNull();
      if (!context) continue;
      const shown = `${context.before}${context.quote}${context.after}`;
      for (const furniture of FURNITURE) expect(shown, `${article}: ${quote}`).not.toContain(furniture);
      // Cut at a sentence start, at a paragraph start, or marked as cut.
      expect(context.before, quote).toMatch(/^(|…|["'“‘(]?[A-Z0-9])/);
      expect(context.after, quote).toMatch(/(^|[.!?:;"'”’)\]…])\s*$/);
      expect(context.before.length + context.after.length).toBeLessThanOrEqual(2 * 280 + 8);
    }
  });

  it('drops the credit line and the date stamp that open two articles', () => {
    const first = texts.get('001_b0f79eaa7c64fdbc') ?? '';
    const zelensky = quoteInContext(first, 'will meet US President Donald Trump in Washington on Friday');
    expect(zelensky?.before).toBe('Ukrainian President Volodymyr Zelensky ');
    const stamped = texts.get('002_12acf4030be661a4') ?? '';
    const starmer = quoteInContext(stamped, 'President Donald Trump said on Thursday (Feb 27)');
    expect(starmer?.before).toBe('WASHINGTON — ');
  });

  it('gives a quote that is its whole paragraph the prose paragraph before it, not the heading', () => {
    const text = texts.get('003_0916fcbffa79c379') ?? '';
    const context = quoteInContext(
      text,
      '"I want to find a NATO path or something similar," Zelenskyy said.',
    );
    expect(context?.before).toMatch(/^(…)?[A-Z].*\n\n$/s);
    expect(context?.before).toContain('NATO');
    expect(context?.before).not.toContain('WHAT WE KNOW');
    expect(context?.after).toMatch(/^\n\nUkrainian leadership has long sought NATO membership/);
  });

  it('keeps the quote’s own sentence even when it is longer than the radius', () => {
    const text =
      'Intro here. A very long sentence that runs on and on before the words we want appear. After.';
    const context = quoteInContext(text, 'the words we want', 10);
    expect(context?.before).toBe('…A very long sentence that runs on and on before ');
    expect(context?.after).toBe(' appear.…');
  });
});

describe('isFurniture', () => {
  it('tells page furniture from prose lines', () => {
    for (const line of [
      'Photo Credit: Getty Images',
      ' date 2025-02-27',
      'Shocking allies',
      'WHAT WE KNOW ABOUT US-UKRAINE MINERAL DEAL SO FAR',
      "READ MORE Sky News halted for 'breaking' announcement in blow to Rachel Reeves",
      "Don't miss...",
      'Take our poll on if Donald Trump was right to become friendly with Putin again [POLL]',
      '',
    ])
      expect(isFurniture(line), line).toBe(true);
    for (const line of [
      'The Trump administration has reportedly not ruled out an economic deal with Moscow.',
      '"I want to find a Nato path or something similar," he said.',
      'He said: “We had a productive, constructive conversation.”',
    ])
      expect(isFurniture(line), line).toBe(false);
  });
});
