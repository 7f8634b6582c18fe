// GET /api/search: ranked, tolerant of prefixes and other spellings.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../support/test-app.ts';
import { getJson } from '../api.ts';

describe('GET /api/search', () => {
  const app = useTestApp();

  const first = async (q: string, extra = '') => {
    const { status, body } = await getJson(app.url, `/api/search?q=${encodeURIComponent(q)}${extra}`);
    expect(status).toBe(200);
    return body.results as { key: string; name: string; aliases: string[]; score: number; label: string }[];
  };

  it('finds Volodymyr Zelenskyy by another spelling of his name, first', async () => {
    const [top] = await first('Zelensky');
    expect(top).toMatchObject({
      key: 'Person:volodymyr-zelenskyy',
      name: 'Volodymyr Zelenskyy',
      label: 'Person',
    });
    expect(top?.aliases).toContain('Zelensky');
  });

  it('finds by a prefix and by a misspelling', async () => {
    expect((await first('zelen'))[0]?.key).toBe('Person:volodymyr-zelenskyy');
    expect((await first('Stramer'))[0]?.key).toBe('Person:keir-starmer');
    expect((await first('Zelenskee'))[0]?.key).toBe('Person:volodymyr-zelenskyy');
  });

  it('ranks by score, honours limit and labels', async () => {
    const results = await first('Trump', '&limit=3');
    expect(results.length).toBeLessThanOrEqual(3);
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const meetings = await first('Trump', '&labels=Meeting');
    expect(meetings.length).toBeGreaterThan(0);
    for (const result of meetings) expect(result.label).toBe('Meeting');
  });

  it('treats Lucene syntax in the input as plain words', async () => {
    const { status } = await getJson(app.url, `/api/search?q=${encodeURIComponent('name:(*) OR "')}`);
    expect(status).toBe(200);
  });
});
