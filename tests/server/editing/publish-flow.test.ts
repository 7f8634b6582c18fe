// The must-show flow over HTTP as a named editor: a new article (written for the test) through intake, mention
// review, a meeting that matches a seed meeting (409, then sameAs), a statement, a claim, a refused paraphrase,
// publish; then the public endpoints show the new source, the higher sourceCount and the quote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../../support/accounts.ts';
import { rows } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { useTestApp } from '../../support/test-app.ts';
import { expectErrorShape, getJson } from '../api.ts';
import { call, mentionId, span, TEST_ARTICLE } from './editing-api.ts';

const MEETING = 'Meeting:meeting-trump-zelenskyy-2025-02-28';

describe('an editor takes a new article from intake to publish', () => {
  const app = useTestApp();
  let editor: TestUser;
  let reader: TestUser;
  let articleId = '';
  let sourcesBefore = 0;
  let kestrel = '';
  const text = TEST_ARTICLE;

  beforeAll(async () => {
    editor = await createTestUser(app, { name: 'flow-editor', role: 'editor' });
    reader = await createTestUser(app, { name: 'flow-reader', role: 'reader' });
    const node = await getJson(app.url, `/api/nodes/${encodeURIComponent(MEETING)}`);
    expect(node.status).toBe(200);
    sourcesBefore = node.body.sourceCount ?? node.body.evidence.length;
  });
  afterAll(resetToSeedGraph);

  const post = (path: string, body: unknown, token = editor.token) =>
    call(app.url, 'POST', path, { token, body });

  it('takes the article in as a draft and suggests its mentions', async () => {
    const added = await post('/api/articles', { text, published: '2025-03-01', outlet: 'Test Wire' });
    expect(added.status).toBe(201);
    articleId = added.body.article.id;
    expect(articleId).toMatch(/^art_[0-9a-f]{16}$/);
    const mentions = await call(app.url, 'GET', `/api/articles/${articleId}/mentions`, {
      token: editor.token,
    });
    expect(mentions.status).toBe(200);
    const texts = mentions.body.mentions.map((m: { text: string }) => m.text);
    expect(texts.some((words: string) => words.includes('Zelenskyy'))).toBe(true);
  });

  it('no token is a 401, a reader is a 403, and nothing is written', async () => {
    const path = `/api/articles/${articleId}/mentions/${mentionId(text, 'Zelenskyy')}`;
    expectErrorShape(await post(path, { action: 'reject' }, ''), 401);
    expectErrorShape(await post(path, { action: 'reject' }, reader.token), 403);
    expectErrorShape(await post(`/api/articles/${articleId}/publish`, {}, reader.token), 403);
    expect(await rows('MATCH (d:DraftItem {articleId: $articleId}) RETURN d', { articleId })).toEqual([]);
  });

  it('links known names, creates a new organization (a second create of its name is a possible duplicate), rejects one', async () => {
    for (const [words, key] of [
      ['Donald Trump', 'Person:donald-trump'],
      ['Volodymyr Zelenskyy', 'Person:volodymyr-zelenskyy'],
      ['White House', 'Place:white-house'],
      ['lithium', 'Resource:lithium'],
      ['Ukraine', 'Country:UA'],
    ] as const) {
      const linked = await post(`/api/articles/${articleId}/mentions/${mentionId(text, words)}`, {
        action: 'link',
        key,
      });
      expect(linked.status, words).toBe(200);
      expect(linked.body).toMatchObject({ key, review: { action: 'link', text: words } });
    }
    const unknown = await post(`/api/articles/${articleId}/mentions/${mentionId(text, 'Trump said')}`, {
      action: 'link',
      key: 'Person:nobody-at-all',
    });
    expectErrorShape(unknown, 404);
    const outside = await post(`/api/articles/${articleId}/mentions/${text.length}-${text.length + 5}`, {
      action: 'reject',
    });
    expectErrorShape(outside, 422);
    expect(outside.body.error.code).toBe('mention_not_in_article');

    const create = {
      action: 'create',
      label: 'Organization',
      name: 'Kestrel Analytics',
      aliases: ['Kestrel'],
    };
    const created = await post(
      `/api/articles/${articleId}/mentions/${mentionId(text, 'Kestrel Analytics')}`,
      create,
    );
    expect(created.status).toBe(200);
    kestrel = created.body.key;
    expect(kestrel).toBe('Organization:kestrel-analytics');
    expect(created.body.entity).toMatchObject({ label: 'Organization', name: 'Kestrel Analytics' });
    // The same review again is the same entity (idempotent), not a second one.
    const again = await post(
      `/api/articles/${articleId}/mentions/${mentionId(text, 'Kestrel Analytics')}`,
      create,
    );
    expect(again.body.key).toBe(kestrel);
    // Another mention created under a name the draft already holds: a possible duplicate, unless asNew.
    const twice = await post(`/api/articles/${articleId}/mentions/${mentionId(text, 'WASHINGTON')}`, {
      action: 'create',
      label: 'Organization',
      name: 'kestrel analytics',
    });
    expectErrorShape(twice, 409);
    expect(twice.body.error.code).toBe('possible_duplicate');
    expect(twice.body.error.details.candidates.map((c: { key: string }) => c.key)).toEqual([kestrel]);
    // A seed entity under another spelling is one too.
    const zelensky = await post(`/api/articles/${articleId}/mentions/${mentionId(text, 'Zelenskyy told')}`, {
      action: 'create',
      label: 'Person',
      name: 'Zelenskiy',
    });
    expectErrorShape(zelensky, 409);
    expect(zelensky.body.error.details.candidates.map((c: { key: string }) => c.key)).toContain(
      'Person:volodymyr-zelenskyy',
    );

    const rejected = await post(`/api/articles/${articleId}/mentions/${mentionId(text, 'WASHINGTON')}`, {
      action: 'reject',
    });
    expect(rejected.body).toMatchObject({ key: null, review: { action: 'reject', text: 'WASHINGTON' } });
    const mentions = await call(app.url, 'GET', `/api/articles/${articleId}/mentions`, {
      token: editor.token,
    });
    const reviewed = mentions.body.mentions.find(
      (m: { id: string }) => m.id === mentionId(text, 'Volodymyr Zelenskyy'),
    );
    expect(reviewed?.review).toMatchObject({ action: 'link', key: 'Person:volodymyr-zelenskyy' });
  });

  it('a meeting that matches the seed meeting is a possible duplicate; sameAs records this report of it', async () => {
    const sentence =
      'Donald Trump and Volodymyr Zelenskyy met at the White House on Friday, but the talks ended without the minerals deal being signed.';
    const meeting = {
      type: 'meeting',
      quote: { ...span(text, sentence), text: sentence },
      attendees: [
        { key: 'Person:donald-trump', attendance: 'attended' },
        { key: 'Person:volodymyr-zelenskyy', attendance: 'attended' },
      ],
      dateFrom: '2025-02-28',
      dateTo: '2025-02-28',
      dateText: 'on Friday',
      status: 'held',
      place: 'Place:white-house',
    };
    const duplicate = await post(`/api/articles/${articleId}/facts`, meeting);
    expectErrorShape(duplicate, 409);
    expect(duplicate.body.error.code).toBe('possible_duplicate');
    const [match] = duplicate.body.error.details.matches;
    expect(match).toMatchObject({
      key: MEETING,
      dateFrom: '2025-02-28',
      dateTo: '2025-02-28',
      status: 'scheduled',
    });
    expect(match.sources.length).toBe(sourcesBefore);
    expect(match.sources[0].quote).toEqual(expect.any(String));

    const same = await post(`/api/articles/${articleId}/facts`, { ...meeting, sameAs: MEETING });
    expect(same.status).toBe(201);
    expect(same.body).toMatchObject({ key: MEETING, sameAs: MEETING, quote: { text: sentence } });
  });

  it('records a statement made at that meeting and a claim by the new organization; refuses a paraphrase', async () => {
    const said = '"We are not done yet," Zelenskyy told reporters after the meeting.';
    const statement = await post(`/api/articles/${articleId}/facts`, {
      type: 'statement',
      quote: span(text, said),
      speaker: 'Person:volodymyr-zelenskyy',
      text: 'We are not done yet',
      at: MEETING,
      dateFrom: '2025-02-28',
      dateTo: '2025-02-28',
      dateText: 'after the meeting',
    });
    expect(statement.status).toBe(201);
    expect(statement.body.key).toMatch(/^Statement:statement-volodymyr-zelenskyy-we-are-not-done-yet/);

    const estimate =
      "Kestrel Analytics, a London research firm, estimated that Ukraine's lithium deposits could be worth $12bn.";
    const claim = await post(`/api/articles/${articleId}/facts`, {
      type: 'claim',
      quote: span(text, estimate),
      claimant: kestrel,
      resources: ['Resource:lithium'],
      concerns: ['Country:UA'],
      text: "Ukraine's lithium deposits could be worth $12bn.",
      kind: 'valuation',
      value: 12_000_000_000,
      unit: 'USD',
    });
    expect(claim.status).toBe(201);
    expect(claim.body.key).toMatch(/^ResourceClaim:claim-/);

    const paraphrase = await post(`/api/articles/${articleId}/facts`, {
      type: 'statement',
      quote: { ...span(text, said), text: 'We are not finished yet, Zelenskyy said.' },
      speaker: 'Person:volodymyr-zelenskyy',
    });
    expectErrorShape(paraphrase, 422);
    expect(paraphrase.body.error.code).toBe('quote_not_in_article');
    const outside = await post(`/api/articles/${articleId}/facts`, {
      type: 'statement',
      quote: { start: 10, end: text.length + 1 },
      speaker: 'Person:volodymyr-zelenskyy',
    });
    expect(outside.body.error.code).toBe('quote_not_in_article');
    const badField = await post(`/api/articles/${articleId}/facts`, {
      type: 'meeting',
      quote: span(text, said),
      status: 'perhaps',
    });
    expectErrorShape(badField, 400);
    const unknownKey = await post(`/api/articles/${articleId}/facts`, {
      type: 'statement',
      quote: span(text, said),
      speaker: 'Person:nobody-at-all',
    });
    expectErrorShape(unknownKey, 404);

    const facts = await call(app.url, 'GET', `/api/articles/${articleId}/facts`, { token: editor.token });
    expect(facts.body.facts.map((f: { type: string }) => f.type)).toEqual(['meeting', 'statement', 'claim']);
  });

  it('keeps the draft out of public reads until it is published', async () => {
    const article = await getJson(app.url, `/api/articles/${articleId}`);
    expect(article.status).toBe(404);
    const pair = await whoMetWhomSources();
    expect(pair).not.toContain(articleId);
    expect((await getJson(app.url, `/api/nodes/${encodeURIComponent(kestrel)}`)).status).toBe(404);
  });

  it('publishes in one go; the public endpoints show the new source, sourceCount one higher and the quote', async () => {
    const published = await post(`/api/articles/${articleId}/publish`, {});
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      article: { id: articleId, status: 'published', publishedBy: editor.name },
      entitiesCreated: [kestrel],
      factsCorroborated: [MEETING],
    });
    expect(published.body.factsRecorded).toHaveLength(2);
    expect(published.body.mentionsLinked).toBe(6);

    expect(await whoMetWhomSources()).toContain(articleId);
    const node = await getJson(app.url, `/api/nodes/${encodeURIComponent(MEETING)}`);
    expect(node.body.sourceCount).toBe(sourcesBefore + 1);
    const evidence = node.body.evidence.find((e: { article: { id: string } }) => e.article.id === articleId);
    expect(evidence?.quote).toContain('met at the White House on Friday');
    // The latest report (1 March, held) sets the meeting's status.
    expect(node.body.node.attributes.properties.status).toBe('held');

    const claim = await getJson(app.url, `/api/nodes/${encodeURIComponent(published.body.factsRecorded[1])}`);
    expect(claim.status).toBe(200);
    expect(claim.body.evidence[0].quote).toContain('$12bn');
    const made = await rows<{ by: string; attribution: string }>(
      `MATCH (o:Organization {id: 'kestrel-analytics'})-[m:MADE]->(:ResourceClaim) RETURN o.addedBy AS by, m.attribution AS attribution`,
    );
    expect(made).toEqual([{ by: editor.name, attribution: 'asserted' }]);
    const mentions = await rows<{ count: number }>(
      'MATCH (:Article {id: $articleId})-[m:MENTIONS]->(e) RETURN count(e) AS count',
      { articleId },
    );
    expect(Number(mentions[0]?.count)).toBe(6);
    const history = await rows<{ action: string }>(
      'MATCH (c:Change {articleId: $articleId}) RETURN c.action AS action ORDER BY c.at',
      { articleId },
    );
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['reviewed', 'recorded', 'published', 'created', 'reported']),
    );
    expect(await rows('MATCH (d:DraftItem {articleId: $articleId}) RETURN d', { articleId })).toEqual([]);
  });

  it('a published article takes no more reviews, facts or publishing (409)', async () => {
    const review = await post(`/api/articles/${articleId}/mentions/${mentionId(text, 'Zelenskyy')}`, {
      action: 'reject',
    });
    expectErrorShape(review, 409);
    expect(review.body.error.code).toBe('article_published');
    const fact = await post(`/api/articles/${articleId}/facts`, {
      type: 'membership',
      quote: span(text, 'Trump said'),
      member: 'Country:UA',
      organization: 'Organization:nato',
    });
    expect(fact.body.error.code).toBe('article_published');
    const again = await post(`/api/articles/${articleId}/publish`, {});
    expectErrorShape(again, 409);
    expect(again.body.error.code).toBe('article_published');
  });

  async function whoMetWhomSources(): Promise<string[]> {
    const answer = await getJson(app.url, '/api/who-met-whom');
    expect(answer.status).toBe(200);
    const edge = answer.body.graph.edges.find(
      (e: { source: string; target: string }) =>
        [e.source, e.target].sort().join() === ['Person:donald-trump', 'Person:volodymyr-zelenskyy'].join(),
    );
    const sources: unknown[] = edge?.attributes.properties?.sources ?? [];
    return sources.map((s) =>
      typeof s === 'string'
        ? s
        : String(
            (s as { id?: string; article?: { id?: string } }).id ??
              (s as { article?: { id?: string } }).article?.id,
          ),
    );
  }
});
