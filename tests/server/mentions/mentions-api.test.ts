// GET /api/articles/{id}/mentions against the seed graph: editors only, suggestions that index the stored
// text, nothing written (but the draft one test adds); and the detection measured on the five seed articles (bench/mentions.ts) stays
// above the floors measured when it was written, so a regression fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMeasurement, measureMentions } from '../../../bench/mentions.ts';
import type { Mention } from '../../../contract/index.ts';
import { createTestUser, type TestUser } from '../../support/accounts.ts';
import { rows } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { useTestApp } from '../../support/test-app.ts';
import { expectErrorShape, getJson } from '../api.ts';

const ARTICLE = '002_12acf4030be661a4';

async function mentionsOf(base: string, id: string, token?: string) {
  const response = await fetch(`${base}/api/articles/${id}/mentions`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe('GET /api/articles/{id}/mentions', () => {
  const app = useTestApp();
  let editor: TestUser;
  let reader: TestUser;

  beforeAll(async () => {
    editor = await createTestUser(app, { name: 'mentions-editor', role: 'editor' });
    reader = await createTestUser(app, { name: 'mentions-reader', role: 'reader' });
  });
  afterAll(resetToSeedGraph);

  it('suggests known entities, dates and amounts at offsets into the stored text', async () => {
    const [article] = await rows<{ text: string }>('MATCH (a:Article {id: $id}) RETURN a.text AS text', {
      id: ARTICLE,
    });
    const text = article?.text ?? '';
    const answer = await mentionsOf(app.url, ARTICLE, editor.token);
    expect(answer.status).toBe(200);
    expect(answer.body.published).toBe('2025-02-28');
    const mentions: Mention[] = answer.body.mentions;
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);

    const zelenskiy = mentions.find((m) => m.text === 'Zelenskiy');
    expect(zelenskiy).toMatchObject({ kind: 'entity', known: true });
    expect(zelenskiy?.kind === 'entity' && zelenskiy.candidates[0]?.key).toBe('Person:volodymyr-zelenskyy');
    const starmer = mentions.find((m) => m.text === 'Keir Starmer');
    expect(starmer?.kind === 'entity' && starmer.candidates[0]?.key).toBe('Person:keir-starmer');
    // "on Thursday (Feb 27)" in an article dated Friday 28 February.
    const thursday = mentions.find((m) => m.text === 'Thursday');
    expect(thursday).toMatchObject({
      kind: 'date',
      dateFrom: '2025-02-27',
      dateTo: '2025-02-27',
      precision: 'day',
    });
  });

  it('reads "$500bn" in the article that prints it as money', async () => {
    const answer = await mentionsOf(app.url, '004_0a46b6fd182fb916', editor.token);
    expect((answer.body.mentions as Mention[]).find((m) => m.text === '$500bn')).toMatchObject({
      kind: 'money',
      value: 500e9,
      unit: 'USD',
    });
  });

  it('suggests a label for a new name and offers the closest existing entities as possible duplicates', async () => {
    // A draft written for this test: "Keir Starmore" is no alias of Keir Starmer, but close to it.
    const added = await fetch(`${app.url}/api/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        text: 'LONDON — Keir Starmore, a retired judge, met Ingrid Halvorsen in Oslo on Monday (mentions fixture).',
        published: '2025-03-04',
      }),
    });
    expect(added.status).toBe(201);
    const { article } = await added.json();
    const answer = await mentionsOf(app.url, article.id, editor.token);
    expect(answer.status).toBe(200);
    const mentions = answer.body.mentions as Mention[];
    const starmore = mentions.find((m) => m.text === 'Keir Starmore');
    expect(starmore).toMatchObject({ kind: 'entity', known: false, suggestedLabel: 'Person' });
    const candidates = starmore?.kind === 'entity' ? starmore.candidates : [];
    expect(candidates[0]?.key).toBe('Person:keir-starmer');
    for (const candidate of candidates) expect(candidate.score).toBeLessThan(1);
    expect(mentions.find((m) => m.text === 'Monday')).toMatchObject({ kind: 'date', dateFrom: '2025-03-03' });
  });

  it('needs an editor, knows no unknown article, and writes nothing', async () => {
    const before = await rows('MATCH (n) RETURN count(n) AS nodes');
    expectErrorShape(await getJson(app.url, `/api/articles/${ARTICLE}/mentions`), 401);
    expectErrorShape(await mentionsOf(app.url, ARTICLE, reader.token), 403);
    expectErrorShape(await mentionsOf(app.url, 'no-such-article', editor.token), 404);
    await mentionsOf(app.url, ARTICLE, editor.token);
    expect(await rows('MATCH (n) RETURN count(n) AS nodes')).toEqual(before);
  });

  it('links the seed articles to what the seed graph links them to (floors from bench/mentions.ts)', async () => {
    const measured = await measureMentions({ driver: app.driver, config: app.config });
    console.log(formatMeasurement(measured));
    expect(measured.articles).toBe(5);
    expect(measured.entitiesVsMentions.recall).toBeGreaterThanOrEqual(0.95);
    expect(measured.entitiesVsMentions.precision).toBeGreaterThanOrEqual(0.93);
    expect(measured.entitiesVsLinked.recall).toBeGreaterThanOrEqual(0.74);
    expect(measured.entitiesVsLinked.precision).toBeGreaterThanOrEqual(0.93);
    expect(measured.dates.recall).toBeGreaterThanOrEqual(0.86);
    expect(measured.dates.precision).toBeGreaterThanOrEqual(0.86);
  });
});
