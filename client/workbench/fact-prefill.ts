// What a selection already says: the entities named inside it (by their review, else the known match), the
// first date and the first amount in it, and the words between quotation marks (a speaker's words).
import type { DateMention, Mention } from '../api/types.ts';
import { keyOf, type ReviewState } from './review-state.ts';

export interface Quote {
  start: number;
  end: number;
  text: string;
}

export interface Prefill {
  entities: { key: string; label: string; name: string }[];
  date: DateMention | null;
  amount: { value: number; unit: string } | null;
  spoken: string | null;
}

const inside = (quote: Quote, mention: Mention) => mention.start >= quote.start && mention.end <= quote.end;

export function prefill(state: ReviewState, quote: Quote): Prefill {
  const within = state.mentions.filter((mention) => inside(quote, mention));
  const entities = new Map<string, { key: string; label: string; name: string }>();
  for (const mention of within) {
    const key = keyOf(state, mention);
    if (!key || entities.has(key)) continue;
    entities.set(key, { key, label: key.split(':')[0] ?? '', name: state.names.get(key) ?? mention.text });
  }
  const date = within.find((m): m is DateMention => m.kind === 'date' && m.resolved) ?? null;
  const amount = within.find((m) => m.kind === 'money' || m.kind === 'quantity');
  const spoken = /[“"]([^”"]{3,})[”"]/.exec(quote.text)?.[1]?.replace(/[,.]$/, '').trim() ?? null;
  return {
    entities: [...entities.values()],
    date,
    amount:
      amount && amount.kind !== 'entity' && amount.kind !== 'date'
        ? { value: amount.value, unit: amount.unit }
        : null,
    spoken,
  };
}

/** The sentence (or line) holding [start, end): runs of text up to . ! ? (with a closing quote) or a line end. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  for (const match of text.matchAll(/[^.!?\n]+(?:[.!?]+["”’]?)?/g)) {
    let from = match.index;
    const to = from + match[0].trimEnd().length;
    if (start < from || start >= to) continue;
    while (/\s/.test(text[from] ?? '') && from < start) from += 1;
    return { start: from, end: Math.max(to, end) };
  }
  return { start, end };
}
