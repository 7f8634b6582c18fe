// Date expressions in an article, resolved against its publication date with chrono-node, plus the news
// conventions chrono leaves open: a bare weekday is the latest such day on or before the article's date
// unless the sentence speaks of the future ("will meet … on Friday"), and "earlier this month" is a range.
import * as chrono from 'chrono-node';
import type { DateMention } from '../../contract/index.ts';
import {
  addDays,
  type DayRange,
  isoDay,
  monthRange,
  parseDay,
  utcDate,
  weekRange,
  yearRange,
} from './calendar.ts';

export type DetectedDate = Omit<DateMention, 'id' | 'kind' | 'text'>;

// Words that put a weekday ahead of the article's date: "will meet", "is due to visit", "is set to".
const FUTURE =
  /\b(will|'ll|shall|is due|are due|due to|set to|expected to|scheduled|plans? to|planning|going to|next|upcoming|ahead of)\b/i;
const LEADING_PREPOSITION = /^(on|in|at|by|since|from|until|during)\s+/i;

const PERIOD = /\b(earlier|later|early|late|this|last|next|past)\s+(this\s+)?(week|month|year)\b/gi;
const BARE_YEAR = /\b(?:in|since|by|of|during|until)\s+((?:19|20)\d{2})\b/g;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stops = ['.', '\n'].map((stop) => text.indexOf(stop, end)).filter((at) => at >= 0);
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length);
}

function unresolved(
  start: number,
  end: number,
  precision: DetectedDate['precision'],
  basis: string,
): DetectedDate {
  return { start, end, dateFrom: null, dateTo: null, precision, resolved: false, basis };
}

function resolved(
  start: number,
  end: number,
  range: DayRange,
  precision: DetectedDate['precision'],
  basis: string,
): DetectedDate {
  return { start, end, ...range, precision, resolved: true, basis };
}

/** "earlier this month", "last week", "next year", "this week". */
function periodDates(text: string, reference: Date | null): DetectedDate[] {
  const found: DetectedDate[] = [];
  for (const match of text.matchAll(PERIOD)) {
    const start = match.index;
    const end = start + match[0].length;
    const which = (match[1] ?? '').toLowerCase();
    const unit = (match[3] ?? '').toLowerCase();
    if (!reference) {
      found.push(unresolved(start, end, 'range', 'relative to the article date, which is unknown'));
      continue;
    }
    const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    const year = reference.getUTCFullYear();
    const month = reference.getUTCMonth() + 1;
    let range =
      unit === 'week'
        ? weekRange(addDays(reference, 7 * shift))
        : unit === 'month'
          ? monthRange(year, month + shift)
          : yearRange(year + shift);
    const today = isoDay(reference);
    // "earlier this month" ends at the article's date, "later this month" starts there.
    if (which === 'earlier' || which === 'past') range = { dateFrom: range.dateFrom, dateTo: today };
    if (which === 'later') range = { dateFrom: today, dateTo: range.dateTo };
    found.push(resolved(start, end, range, 'range', `"${match[0]}" relative to the article date`));
  }
  return found;
}

function bareYears(text: string): DetectedDate[] {
  return [...text.matchAll(BARE_YEAR)].map((match) => {
    const year = Number(match[1]);
    const start = match.index + match[0].length - 4;
    return resolved(start, start + 4, yearRange(year), 'year', 'a year stated in the text');
  });
}

function weekdayDate(
  result: chrono.ParsedResult,
  text: string,
  reference: Date,
): { date: Date; basis: string } {
  const weekday = result.start.get('weekday') ?? reference.getUTCDay();
  const future = FUTURE.test(sentenceAround(text, result.index, result.index + result.text.length));
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  const ahead = (weekday - reference.getUTCDay() + 7) % 7;
  return future
    ? {
        date: addDays(reference, ahead),
        basis: 'weekday on or after the article date (the sentence speaks of the future)',
      }
    : { date: addDays(reference, -back), basis: 'weekday on or before the article date (news convention)' };
}

function chronoDate(
  result: chrono.ParsedResult,
  text: string,
  reference: Date | null,
): DetectedDate | undefined {
  const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  const start = result.index + lead;
  const end = result.index + result.text.replace(/[\s,;:]+$/, '').length;
  const c = result.start;
  const known = (unit: chrono.Component) => c.isCertain(unit);
  if (known('weekday') && !known('day')) {
    if (!reference)
      return unresolved(start, end, 'day', 'a weekday, relative to the article date, which is unknown');
    const { date, basis } = weekdayDate(result, text, reference);
    return resolved(start, end, { dateFrom: isoDay(date), dateTo: isoDay(date) }, 'day', basis);
  }
  if (!known('month') && !known('day') && !known('year')) {
    // chrono's relative words ("today", "24 hours ago"): they need the reference date.
    if (!reference) return unresolved(start, end, 'day', 'relative to the article date, which is unknown');
    const day = isoDay(c.date());
    return resolved(start, end, { dateFrom: day, dateTo: day }, 'day', 'relative to the article date');
  }
  if (!known('year') && !reference) {
    return unresolved(start, end, known('day') ? 'day' : 'month', 'no year stated and no article date');
  }
  const date = c.date();
  const year = known('year') ? (c.get('year') ?? date.getUTCFullYear()) : date.getUTCFullYear();
  const month = c.get('month') ?? date.getUTCMonth() + 1;
  const basis = known('year') ? 'a date stated in the text' : 'the year of the article date';
  if (known('day')) {
    const day = isoDay(utcDate(year, month, c.get('day') ?? 1));
    return resolved(start, end, { dateFrom: day, dateTo: day }, 'day', basis);
  }
  if (known('month')) return resolved(start, end, monthRange(year, month), 'month', basis);
  return resolved(start, end, yearRange(year), 'year', basis);
}

// chrono reads the reference as a local instant: noon UTC keeps it on the same calendar day everywhere.
const parseAt = (text: string, day: Date): chrono.ParsedResult[] =>
  chrono.parse(
    text,
    { instant: new Date(day.getTime() + 12 * 3_600_000), timezone: 0 },
    { forwardDate: false },
  );

/**
 * Without an article date chrono still resolves "next month" against some day: parsing against two far
 * apart days tells the words that need a reference (their dates differ) from the absolute ones.
 */
function withoutReference(text: string): DetectedDate[] {
  const other = new Map(parseAt(text, utcDate(2011, 3, 20)).map((r) => [`${r.index}:${r.text}`, r]));
  return parseAt(text, utcDate(2001, 6, 15)).flatMap((result) => {
    const twin = other.get(`${result.index}:${result.text}`);
    const absolute = twin !== undefined && isoDay(twin.start.date()) === isoDay(result.start.date());
    const found = chronoDate(result, text, absolute ? utcDate(2001, 6, 15) : null);
    return found ? [found] : [];
  });
}

const overlaps = (a: DetectedDate, b: DetectedDate): boolean => a.start < b.end && b.start < a.end;

/** `published` is the article's date (YYYY-MM-DD) or null; mentions come back unordered and may overlap. */
export function detectDates(text: string, published: string | null): DetectedDate[] {
  const reference = published ? parseDay(published) : null;
  const periods = periodDates(text, reference);
  const fromChrono = reference
    ? parseAt(text, reference).flatMap((result) => {
        const found = chronoDate(result, text, reference);
        return found ? [found] : [];
      })
    : withoutReference(text);
  // "last week" is a week, not chrono's day seven days back: the period reading wins where they meet.
  const kept = fromChrono.filter((date) => !periods.some((period) => overlaps(period, date)));
  return [...kept, ...periods, ...bareYears(text)];
}
