// The workbench's pure parts without a browser: review progress and focus, what Enter does to a name, what a
// selection prefills, and how dates and amounts read on hover.
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../client/api/types.ts';
import { prefill, sentenceAround } from '../../client/workbench/fact-prefill.ts';
import { hoverText } from '../../client/workbench/mention-words.ts';
import {
  acceptAction,
  currentMention,
  initialReview,
  keyOf,
  nextUnreviewed,
  progress,
  step,
  withDuplicates,
  withReview,
} from '../../client/workbench/review-state.ts';

const TEXT = '"We are not done," Trump told Harrow Institute on Friday, citing $12bn.';
const at = (words: string) => {
  const start = TEXT.indexOf(words);
  return { id: `${start}-${start + words.length}`, start, end: start + words.length, text: words };
};
const trump: Mention = {
  ...at('Trump'),
  kind: 'entity',
  known: true,
  suggestedLabel: null,
  candidates: [{ key: 'Person:donald-trump', name: 'Donald Trump', label: 'Person', score: 1 }],
};
const harrow: Mention = {
  ...at('Harrow Institute'),
  kind: 'entity',
  known: false,
  suggestedLabel: 'Organization',
  candidates: [],
};
const friday: Mention = {
  ...at('Friday'),
  kind: 'date',
  dateFrom: '2025-02-28',
  dateTo: '2025-02-28',
  precision: 'day',
  resolved: true,
  basis: 'weekday on or before the article date',
};
const money: Mention = { ...at('$12bn'), kind: 'money', value: 12e9, unit: 'USD' };
const fresh = () => initialReview('art_1', 'T', TEXT, [trump, harrow, friday, money]);

describe('review state', () => {
  it('counts names only, and moves the focus within them', () => {
    const state = fresh();
    expect(progress(state)).toEqual({ done: 0, total: 2 });
    expect(currentMention(state)).toBeUndefined();
    const first = step(state, 1);
    expect(currentMention(first)?.id).toBe(trump.id);
    expect(currentMention(step(step(first, 1), 1))?.id).toBe(harrow.id);
    expect(currentMention(step(first, -1))?.id).toBe(trump.id);
  });

  it('goes on to the next name not yet reviewed, and keeps the focus once all are', () => {
    const reviewed = withReview(step(fresh(), 1), trump.id, { action: 'link', key: 'Person:donald-trump' });
    const next = nextUnreviewed(reviewed);
    expect(currentMention(next)?.id).toBe(harrow.id);
    const done = nextUnreviewed(withReview(next, harrow.id, { action: 'reject', key: null }));
    expect(progress(done)).toEqual({ done: 2, total: 2 });
    expect(currentMention(done)?.id).toBe(harrow.id);
  });

  it('Enter links a known name, creates a new one, and links to a duplicate the server named', () => {
    const state = fresh();
    expect(acceptAction(state, trump)).toEqual({ action: 'link', key: 'Person:donald-trump' });
    expect(acceptAction(state, harrow)).toEqual({
      action: 'create',
      label: 'Organization',
      name: 'Harrow Institute',
    });
    const twice = withDuplicates(state, harrow.id, [
      { key: 'Organization:harrow', name: 'Harrow', label: 'Organization', score: 1 },
    ]);
    expect(acceptAction(twice, harrow)).toEqual({ action: 'link', key: 'Organization:harrow' });
    expect(acceptAction(state, friday)).toBeNull();
  });

  it('a rejected name stands for nothing; an unreviewed known one for its best match', () => {
    const state = fresh();
    expect(keyOf(state, trump)).toBe('Person:donald-trump');
    expect(keyOf(state, harrow)).toBeNull();
    expect(keyOf(withReview(state, trump.id, { action: 'reject', key: null }), trump)).toBeNull();
  });
});

describe('a selection prefills a fact', () => {
  it('with the names, the first date and amount inside it, and the words between quotation marks', () => {
    const state = withReview(
      fresh(),
      harrow.id,
      { action: 'create', key: 'Organization:harrow-institute' },
      'Harrow Institute',
    );
    const quote = { start: 0, end: TEXT.length, text: TEXT };
    expect(prefill(state, quote)).toEqual({
      entities: [
        { key: 'Person:donald-trump', label: 'Person', name: 'Donald Trump' },
        { key: 'Organization:harrow-institute', label: 'Organization', name: 'Harrow Institute' },
      ],
      date: friday,
      amount: { value: 12e9, unit: 'USD' },
      spoken: 'We are not done',
    });
    const part = TEXT.indexOf('Trump');
    expect(prefill(state, { start: part, end: part + 5, text: 'Trump' }).entities.map((e) => e.key)).toEqual([
      'Person:donald-trump',
    ]);
  });
});

describe('the sentence around a name (the keyboard’s selection)', () => {
  it('runs from the previous sentence end or line break to the next, closing quotes included', () => {
    const trumpAt = at('Trump');
    expect(sentenceAround(TEXT, trumpAt.start, trumpAt.end)).toEqual({ start: 0, end: TEXT.length });
    const text = 'LONDON, 4 March 2025\n\nKeir Starmer spoke first. Then Macron said "no." Nothing else.';
    const macron = text.indexOf('Macron');
    const around = sentenceAround(text, macron, macron + 6);
    expect(text.slice(around.start, around.end)).toBe('Then Macron said "no."');
    const london = sentenceAround(text, 0, 6);
    expect(text.slice(london.start, london.end)).toBe('LONDON, 4 March 2025');
  });
});

describe('hover text', () => {
  it('gives dates and amounts their resolved value', () => {
    expect(hoverText(friday)).toBe('Friday → Fri 28 Feb 2025');
    expect(hoverText({ ...friday, precision: 'month', dateFrom: '2025-02-01', dateTo: '2025-02-28' })).toBe(
      'Friday → February 2025',
    );
    expect(hoverText({ ...friday, resolved: false, dateFrom: null })).toMatch(/not resolved/);
    expect(hoverText(money)).toBe('$12bn → 12,000,000,000 USD');
    expect(hoverText(trump)).toBe('Donald Trump (Person)');
  });
});
