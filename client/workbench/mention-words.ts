// How a mention reads on hover and in the panel: "Friday → Fri 28 Feb 2025", "$12bn → 12000000000 USD".
import type { Mention } from '../api/types.ts';

const part = (iso: string, options: Intl.DateTimeFormatOptions): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });
/** "Fri 28 Feb 2025" (the en-GB format would put a comma after the weekday). */
const day = (iso: string): string =>
  `${part(iso, { weekday: 'short' })} ${part(iso, { day: 'numeric', month: 'short', year: 'numeric' })}`;
const month = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The resolved value of a date or an amount, or null for a name. */
export function resolvedValue(mention: Mention): string | null {
  if (mention.kind === 'date') {
    if (!mention.resolved || !mention.dateFrom) return `not resolved (${mention.basis})`;
    const to = mention.dateTo ?? mention.dateFrom;
    if (mention.precision === 'day') return day(mention.dateFrom);
    if (mention.precision === 'month') return month(mention.dateFrom);
    if (mention.precision === 'year') return mention.dateFrom.slice(0, 4);
    return `${day(mention.dateFrom)} – ${day(to)}`;
  }
  if (mention.kind === 'money' || mention.kind === 'quantity')
    return `${mention.value.toLocaleString('en-GB')} ${mention.unit}`;
  return null;
}

export function hoverText(mention: Mention): string {
  const value = resolvedValue(mention);
  if (value) return `${mention.text} → ${value}`;
  if (mention.kind !== 'entity') return mention.text;
  const best = mention.candidates[0];
  if (mention.known && best) return `${best.name} (${best.label})`;
  return `New name${mention.suggestedLabel ? ` (${mention.suggestedLabel}?)` : ''}`;
}
