// The inclusive range a date of a given precision covers, as SCHEMA.md's Extensions (v2) store it: a day is
// itself, a week the seven days from it, a month or a year the whole calendar month or year it falls in.
export interface DateRange {
  dateFrom: string;
  dateTo: string;
}

const iso = (date: Date): string => date.toISOString().slice(0, 10);

export function dateRange(day: string, precision: 'day' | 'week' | 'month' | 'year'): DateRange {
  const date = new Date(`${day}T00:00:00Z`);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (precision) {
    case 'day':
      return { dateFrom: day, dateTo: day };
    case 'week':
      return { dateFrom: day, dateTo: iso(new Date(Date.UTC(year, month, date.getUTCDate() + 6))) };
    case 'month':
      return {
        dateFrom: iso(new Date(Date.UTC(year, month, 1))),
        dateTo: iso(new Date(Date.UTC(year, month + 1, 0))),
      };
    case 'year':
      return { dateFrom: `${year}-01-01`, dateTo: `${year}-12-31` };
  }
}
