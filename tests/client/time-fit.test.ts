// Pure timeline helpers: fact ranges, the window's overlap test on every fact, fitting the slider to the
// dense part of the dates, the histogram and the play step.
import { describe, expect, it } from 'vitest';
import { emptyFilters, nodePasses, withTimeRange } from '../../client/filters/filters-state.ts';
import { factDates, factRange, fitSpan, histogram, overlapsWindow } from '../../client/filters/time-fit.ts';
import { playStep, toDay } from '../../client/filters/time-window.ts';
import { nodeData } from './graph-fixtures.ts';

const range = (from: string, to = from) => ({ from: toDay(from), to: toDay(to) });

describe('fact ranges and overlap', () => {
  it('reads dateFrom..dateTo, falls back to date, and is null when undated', () => {
    expect(factDates({ date: '2025-02-01', dateFrom: '2025-02-01', dateTo: '2025-02-28' })).toEqual({
      from: '2025-02-01',
      to: '2025-02-28',
    });
    expect(factDates({ date: '2025-02-27' })).toEqual({ from: '2025-02-27', to: '2025-02-27' });
    expect(factDates({ dateText: 'undated' })).toBeNull();
    expect(factRange({ dateFrom: '2008-01-01', dateTo: '2008-12-31' })).toEqual(
      range('2008-01-01', '2008-12-31'),
    );
  });
  it('keeps a month-dated fact in a window of its last days, and drops one that ends before', () => {
    const february = { from: '2025-02-01', to: '2025-02-28' };
    expect(overlapsWindow(february, '2025-02-20', '2025-02-28')).toBe(true);
    expect(overlapsWindow(february, '2025-03-01', null)).toBe(false);
    expect(overlapsWindow(february, null, '2025-01-31')).toBe(false);
    expect(overlapsWindow(february, null, '2025-02-01')).toBe(true);
  });
  it('applies the window to every fact label, by range', () => {
    const window = withTimeRange(emptyFilters, '2025-02-20', '2025-02-28');
    const month = {
      date: '2025-02-01',
      dateFrom: '2025-02-01',
      dateTo: '2025-02-28',
      datePrecision: 'month',
    };
    const before = { date: '2025-01-20', dateFrom: '2025-01-20', dateTo: '2025-02-13' };
    for (const label of ['Meeting', 'Statement', 'ResourceClaim', 'Agreement', 'Event']) {
      expect(nodePasses(window, nodeData(label, 'in', month)), label).toBe(true);
      expect(nodePasses(window, nodeData(label, 'out', before)), label).toBe(false);
      expect(nodePasses(window, nodeData(label, 'undated', {})), label).toBe(false);
      expect(nodePasses(emptyFilters, nodeData(label, 'undated', {})), label).toBe(true);
    }
    expect(nodePasses(window, nodeData('Person', 'p', before))).toBe(true);
  });
});

describe('fitting the slider to the data', () => {
  const cluster = [range('2025-01-20', '2025-02-13'), range('2025-02-17', '2025-02-23'), range('2025-02-27')];
  it('sets one 2008 fact apart from a 2025 cluster and counts it as earlier', () => {
    const fitted = fitSpan([range('2008-01-01', '2008-12-31'), ...cluster, range('2025-02-28')]);
    expect(fitted?.span).toEqual({ min: toDay('2025-01-20'), max: toDay('2025-02-28') });
    expect(fitted?.full).toEqual({ min: toDay('2008-01-01'), max: toDay('2025-02-28') });
    expect(fitted?.earlier).toBe(1);
    expect(fitted?.later).toBe(0);
  });
  it('counts later outliers, spans everything without a gap, and is null without dates', () => {
    const fitted = fitSpan([...cluster, range('2030-05-01')]);
    expect(fitted?.later).toBe(1);
    expect(fitted?.span.max).toBe(toDay('2025-02-27'));
    expect(fitSpan(cluster)?.span).toEqual(fitSpan(cluster)?.full);
    expect(fitSpan([])).toBeNull();
  });
  it('counts facts per slice, a range in every slice it covers, outliers in none', () => {
    const span = { min: toDay('2025-02-01'), max: toDay('2025-02-04') };
    const counts = histogram(
      [range('2025-02-01'), range('2025-02-02', '2025-02-03'), range('2008-01-01')],
      span,
      60,
    );
    expect(counts).toEqual([1, 1, 1, 0]);
    expect(histogram([range('2025-02-01', '2025-02-04')], span, 2)).toEqual([1, 1]);
  });
  it('plays by day over weeks and by week over years', () => {
    expect(playStep({ min: toDay('2025-01-20'), max: toDay('2025-02-28') })).toBe(1);
    expect(playStep({ min: toDay('2008-01-01'), max: toDay('2025-02-28') })).toBe(7);
  });
});
