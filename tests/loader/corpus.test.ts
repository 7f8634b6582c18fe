// The synthetic corpus: deterministic, exactly the size asked for, heavy-tailed, and valid in the bulk model.
import { describe, expect, it } from 'vitest';
import { countRows, type Row } from '../../loader/corpus/corpus.ts';
import { generateCorpus } from '../../loader/corpus/generate.ts';
import { planCorpus } from '../../loader/corpus/plan.ts';
import { Random, ZipfSampler } from '../../loader/corpus/prng.ts';
import { RELATIONSHIP_SPECS } from '../../loader/model.ts';
import { validateNode, validateRelationship } from '../../loader/validate.ts';

/** Generated values are typed already; the validator sees them as a JSON Lines row would carry them. */
function asJson(row: Row): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null));
}

describe('generateCorpus', () => {
  it('gives the same corpus for the same seed and another one for another seed', () => {
    const a = generateCorpus({ relationships: 3_000, seed: 7 });
    const b = generateCorpus({ relationships: 3_000, seed: 7 });
    const c = generateCorpus({ relationships: 3_000, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it.each([1_000, 12_345, 50_000])('has exactly %i unique relationships', (relationships) => {
    const corpus = generateCorpus({ relationships, seed: 42 });
    const total = Object.values(countRows(corpus.rels)).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(relationships);
    for (const [type, rows] of Object.entries(corpus.rels)) {
      const keys = new Set(rows.map((row) => `${row.from} ${row.to}`));
      expect(keys.size, type).toBe(rows.length);
    }
  });

  it('uses every relationship type of SCHEMA.md, and every row validates against the model', () => {
    const corpus = generateCorpus({ relationships: 5_000, seed: 1 });
    expect(Object.keys(corpus.rels).sort()).toEqual(RELATIONSHIP_SPECS.map((spec) => spec.type).sort());
    const keys = new Set<string>();
    for (const [label, rows] of Object.entries(corpus.nodes)) {
      for (const row of rows) {
        const result = validateNode({ kind: 'nodes', name: label, format: 'jsonl' }, asJson(row));
        expect(result.ok ? [] : result.errors, `${label} ${row.id}`).toEqual([]);
        keys.add(`${label}:${row.id}`);
      }
    }
    for (const [type, rows] of Object.entries(corpus.rels)) {
      for (const row of rows) {
        const result = validateRelationship({ kind: 'rels', name: type, format: 'jsonl' }, asJson(row));
        expect(result.ok ? [] : result.errors, `${type} ${row.from} ${row.to}`).toEqual([]);
        expect(keys.has(String(row.from)) && keys.has(String(row.to)), `${type} endpoints`).toBe(true);
      }
    }
  });

  it('writes the v2 ranges and attendance the public queries read: a range covering its date, attended only when held', () => {
    const corpus = generateCorpus({ relationships: 5_000, seed: 3 });
    const statusOf = new Map<string, string>();
    const spans = new Map<string, number>();
    for (const meeting of corpus.nodes.Meeting ?? []) {
      const { id, date, dateFrom, dateTo, datePrecision, status } = meeting;
      expect(date, String(id)).toBe(dateFrom);
      expect(String(dateFrom) <= String(dateTo), String(id)).toBe(true);
      const days = (Date.parse(String(dateTo)) - Date.parse(String(dateFrom))) / 86_400_000 + 1;
      spans.set(String(datePrecision), Math.max(spans.get(String(datePrecision)) ?? 0, days));
      statusOf.set(`Meeting:${id}`, String(status));
    }
    expect(spans.get('day')).toBe(1);
    expect(spans.get('week')).toBe(7);
    expect(spans.get('month')).toBe(31);
    expect(spans.get('year')).toBe(366);
    const attendance = new Set<string>();
    for (const row of corpus.rels.ATTENDED ?? []) {
      const held = statusOf.get(String(row.to)) === 'held';
      expect(row.attendance).toBe(held ? 'attended' : 'due');
      attendance.add(String(row.attendance));
    }
    expect([...attendance].sort()).toEqual(['attended', 'due']);
  });

  it('has a heavy-tailed attendance: a few actors attend very many meetings, most attend few', () => {
    const corpus = generateCorpus({ relationships: 50_000, seed: 42 });
    const degree = new Map<string, number>();
    for (const row of corpus.rels.ATTENDED ?? [])
      degree.set(String(row.from), (degree.get(String(row.from)) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const max = sorted.at(-1) ?? 0;
    expect(median).toBeLessThanOrEqual(3);
    expect(max).toBeGreaterThan(100 * median);
  });

  it('refuses sizes outside 1k to 5M', () => {
    expect(() => planCorpus(999)).toThrow(RangeError);
    expect(() => planCorpus(1.5e3 + 0.5)).toThrow(RangeError);
  });
});

describe('ZipfSampler', () => {
  it('draws rank 0 most often and stays in range', () => {
    const sampler = new ZipfSampler(100, 1.1);
    const random = new Random(3);
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const rank = sampler.sample(random);
      counts[rank] = (counts[rank] ?? 0) + 1;
    }
    expect(counts[0]).toBe(Math.max(...counts));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20_000);
  });
});
