// Resolves an article's date expression ("Thursday", "last week", "since the January 20 …") against the
// article's publication date into the inclusive range of days it allows, the rule behind dateFrom/dateTo.
import * as chrono from 'chrono-node';

export interface DayRange {
  from: string;
  to: string;
}

/** Which way a bare weekday points: back for what the article reports as done, ahead for what is to come. */
export type Direction = 'past' | 'future';

const DAY_MS = 86_400_000;

function parseDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function iso(day: Date): string {
  return day.toISOString().slice(0, 10);
}

function addDays(isoDay: string, days: number): string {
  return iso(new Date(parseDay(isoDay).getTime() + days * DAY_MS));
}

/** Monday to Sunday around a day: the week the articles mean by "last week" or "this week". */
function weekOf(isoDay: string): DayRange {
  const weekday = (parseDay(isoDay).getUTCDay() + 6) % 7;
  const monday = addDays(isoDay, -weekday);
  return { from: monday, to: addDays(monday, 6) };
}

function yearOf(year: number): DayRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** A bare weekday resolved to the nearest such day on or before (past) or on or after (future) the reference. */
function weekdayFrom(reference: string, weekday: number, direction: Direction): string {
  const referenceWeekday = parseDay(reference).getUTCDay();
  const step =
    direction === 'past' ? (referenceWeekday - weekday + 7) % 7 : (weekday - referenceWeekday + 7) % 7;
  return addDays(reference, direction === 'past' ? -step : step);
}

/** chrono's reading of one expression as a single day, noon of the reference in UTC so no zone shifts it. */
function chronoDay(text: string, reference: string, direction: Direction): string | null {
  const results = chrono.parse(text, new Date(`${reference}T12:00:00Z`));
  if (results.length === 0) return null;
  // "Thursday (Feb 27)" gives two results; the one with the calendar day is the more exact.
  const best =
    results.find((result) => result.start.isCertain('day') && result.start.isCertain('month')) ?? results[0];
  if (!best) return null;
  const start = best.start;
  if (start.isCertain('weekday') && !start.isCertain('day')) {
    return weekdayFrom(reference, Number(start.get('weekday')), direction);
  }
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The range an expression allows, read against the article's date. Ranges chrono does not give are small
 * rules of their own: "last week", "this week", "later this week", "earlier this month", a bare year,
 * "last year", "less than N hours" (ahead) and "since X" (from X to the article's date).
 */
export function resolveDateText(text: string, published: string, direction: Direction): DayRange | null {
  const words = text.trim();
  const since = /^since (.+)$/i.exec(words);
  if (since?.[1]) {
    const start = resolveDateText(since[1], published, 'past');
    return start ? { from: start.from, to: published } : null;
  }
  if (/^last week$/i.test(words)) return weekOf(addDays(published, -7));
  if (/^this week$/i.test(words)) return weekOf(published);
  if (/^later this week$/i.test(words)) return { from: published, to: weekOf(published).to };
  if (/^earlier this month$/i.test(words)) return { from: `${published.slice(0, 8)}01`, to: published };
  if (/^last year$/i.test(words)) return yearOf(Number(published.slice(0, 4)) - 1);
  const year = /^(?:in )?(\d{4})$/.exec(words);
  if (year?.[1]) return yearOf(Number(year[1]));
  const hours = /^less than (\d+) hours$/i.exec(words);
  if (hours?.[1]) return { from: published, to: addDays(published, Math.ceil(Number(hours[1]) / 24)) };
  const day = chronoDay(words, published, direction);
  return day ? { from: day, to: day } : null;
}
