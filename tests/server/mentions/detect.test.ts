// Mention detection without a database: known names (case, diacritics, possessives, transliterations),
// dates resolved against the article's date, money and quantities, and which detection wins an overlap.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../contract/index.ts';
import { detectAmounts } from '../../../server/mentions/detect-amounts.ts';
import { detectDates } from '../../../server/mentions/detect-dates.ts';
import { buildEntityMatcher, detectKnownEntities } from '../../../server/mentions/detect-entities.ts';
import { detectMentions } from '../../../server/mentions/detect-mentions.ts';

const matcher = buildEntityMatcher([
  { key: 'Person:volodymyr-zelenskyy', label: 'Person', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy'] },
  {
    key: 'Person:donald-trump',
    label: 'Person',
    name: 'Donald Trump',
    aliases: ['Trump', 'President Trump'],
  },
  {
    key: 'Organization:trump-administration',
    label: 'Organization',
    name: 'Trump administration',
    aliases: [],
  },
  { key: 'Country:US', label: 'Country', name: 'United States', aliases: ['US', 'U.S.'] },
  { key: 'Person:recep-tayyip-erdogan', label: 'Person', name: 'Recep Tayyip Erdoğan', aliases: ['Erdoğan'] },
  { key: 'Place:kharkiv', label: 'Place', name: 'Kharkiv', aliases: [] },
  { key: 'Topic:ceasefire', label: 'Topic', name: 'ceasefire', aliases: [] },
]);

function entities(text: string): { text: string; key: string | undefined; score: number | undefined }[] {
  return detectKnownEntities(text, matcher).map((m) => ({
    text: text.slice(m.start, m.end),
    key: m.candidates[0]?.key,
    score: m.candidates[0]?.score,
  }));
}

describe('known entities', () => {
  it("finds Zelenskyy as Zelensky's, Zelenskiy, ZELENSKYY and with one letter wrong", () => {
    const found = entities("Zelensky's aides met Zelenskiy's team; ZELENSKYY spoke, then Zelenskky.");
    expect(found.map((f) => f.text)).toEqual(['Zelensky', 'Zelenskiy', 'ZELENSKYY', 'Zelenskky']);
    expect(new Set(found.map((f) => f.key))).toEqual(new Set(['Person:volodymyr-zelenskyy']));
    // An exact alias scores 1; a transliterated spelling less.
    expect(found[2]?.score).toBe(1);
    expect(found[0]?.score).toBeLessThan(1);
  });

  it('folds diacritics and curly possessives, and prefers the longest name', () => {
    expect(
      entities('Erdogan’s call with President Trump, then the Trump administration and a ceasefire.'),
    ).toEqual([
      { text: 'Erdogan', key: 'Person:recep-tayyip-erdogan', score: 1 },
      { text: 'President Trump', key: 'Person:donald-trump', score: 1 },
      { text: 'Trump administration', key: 'Organization:trump-administration', score: 1 },
      { text: 'ceasefire', key: 'Topic:ceasefire', score: 1 },
    ]);
  });

  it('matches acronyms only as written and capitalised names only capitalised', () => {
    expect(entities('He told us that the U.S. and the US agree; trump cards; Kharkov and Kharkiv.')).toEqual([
      { text: 'U.S', key: 'Country:US', score: 1 },
      { text: 'US', key: 'Country:US', score: 1 },
      { text: 'Kharkiv', key: 'Place:kharkiv', score: 1 },
    ]);
  });
});

describe('dates', () => {
  const one = (text: string, published: string | null) => {
    const [date] = detectDates(text, published);
    return date && { ...date, text: text.slice(date.start, date.end) };
  };

  it('reads a bare "Friday" in an article of Saturday 1 March 2025 as 2025-02-28', () => {
    expect(one('The two leaders met on Friday in Washington.', '2025-03-01')).toMatchObject({
      text: 'Friday',
      dateFrom: '2025-02-28',
      dateTo: '2025-02-28',
      precision: 'day',
      resolved: true,
    });
  });

  it('looks ahead for a weekday when the sentence speaks of the future', () => {
    expect(one('Zelensky will meet Trump in Washington on Friday.', '2025-02-26')).toMatchObject({
      dateFrom: '2025-02-28',
      dateTo: '2025-02-28',
    });
  });

  it('reads "earlier this month" as a range, a month name as a month, a year as a year', () => {
    expect(one('Talks began earlier this month.', '2025-03-20')).toMatchObject({
      text: 'earlier this month',
      dateFrom: '2025-03-01',
      dateTo: '2025-03-20',
      precision: 'range',
    });
    expect(one('The deal was drafted in February.', '2025-03-20')).toMatchObject({
      dateFrom: '2025-02-01',
      dateTo: '2025-02-28',
      precision: 'month',
    });
    expect(one('Russia invaded in 2014.', '2025-03-20')).toMatchObject({
      dateFrom: '2014-01-01',
      dateTo: '2014-12-31',
      precision: 'year',
    });
  });

  it('leaves relative dates unresolved without an article date, and resolves absolute ones', () => {
    expect(one('They met on Friday.', null)).toMatchObject({
      text: 'Friday',
      resolved: false,
      dateFrom: null,
    });
    expect(one('They met next month.', null)).toMatchObject({ resolved: false, dateFrom: null });
    expect(one('They met on Feb. 27, 2025.', null)).toMatchObject({ dateFrom: '2025-02-27', resolved: true });
  });
});

describe('money and quantities', () => {
  it('reads "$500bn", "5%", "300,000 tonnes" and "€2.5 million" as numbers with units', () => {
    const text = 'He wants $500bn; Ukraine holds 5% of reserves, 300,000 tonnes of ore and €2.5 million.';
    expect(detectAmounts(text).map((a) => [text.slice(a.start, a.end), a.kind, a.value, a.unit])).toEqual([
      ['$500bn', 'money', 500e9, 'USD'],
      ['€2.5 million', 'money', 2.5e6, 'EUR'],
      ['5%', 'quantity', 5, '%'],
      ['300,000 tonnes', 'quantity', 300_000, 'tonnes'],
    ]);
  });
});

describe('all mentions together', () => {
  const text =
    "President Trump's envoy met Volodymyr Zelenskiy and Ingrid Halvorsen of Statoil in Oslo on Friday, where " +
    'the US offered $500bn.';
  const mentions = detectMentions({ text, published: '2025-03-01', matcher });

  it('gives ids and offsets that index the text, in text order and without overlaps', () => {
    let end = 0;
    for (const mention of mentions) {
      expect(mention.id).toBe(`${mention.start}-${mention.end}`);
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.start).toBeGreaterThanOrEqual(end);
      end = mention.end;
    }
  });

  it('links known names, suggests labels for new ones, and keeps dates and money', () => {
    const byText = new Map<string, Mention>(mentions.map((m) => [m.text, m]));
    expect(byText.get('President Trump')).toMatchObject({ kind: 'entity', known: true });
    expect(byText.get('Volodymyr Zelenskiy')).toMatchObject({
      known: true,
      candidates: [expect.objectContaining({ key: 'Person:volodymyr-zelenskyy' })],
    });
    expect(byText.get('Ingrid Halvorsen')).toMatchObject({
      kind: 'entity',
      known: false,
      suggestedLabel: 'Person',
    });
    expect(byText.get('Oslo')).toMatchObject({ known: false, suggestedLabel: 'Place' });
    expect(byText.get('Friday')).toMatchObject({ kind: 'date', dateFrom: '2025-02-28' });
    expect(byText.get('$500bn')).toMatchObject({ kind: 'money', value: 500e9, unit: 'USD' });
    expect(byText.get('US')).toMatchObject({ known: true });
  });
});
