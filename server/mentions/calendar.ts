// Calendar arithmetic on plain dates (UTC, no time of day), for resolving the dates an article names.

export interface DayRange {
  dateFrom: string;
  dateTo: string;
}

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function parseDay(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return utcDate(year, month, day);
}

export function monthRange(year: number, month: number): DayRange {
  return { dateFrom: isoDay(utcDate(year, month, 1)), dateTo: isoDay(utcDate(year, month + 1, 0)) };
}

export function yearRange(year: number): DayRange {
  return { dateFrom: `${year}-01-01`, dateTo: `${year}-12-31` };
}

/** Monday to Sunday around the date (ISO weeks). */
export function weekRange(date: Date): DayRange {
  const monday = addDays(date, -((date.getUTCDay() + 6) % 7));
  return { dateFrom: isoDay(monday), dateTo: isoDay(addDays(monday, 6)) };
}
