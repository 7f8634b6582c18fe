// POST /api/retractions and GET /api/history: a retracted fact disappears from every public read while its
// history stays; retracting an article hides the facts it alone reported and lowers the sourceCount of the
// others; only editors may do either. sourceCount and minSources are checked against counts computed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyResponse, retractionResponse } from '../../../contract/index.ts';
import { bearer, createTestUser, type TestUser } from '../../support/accounts.ts';
import { rows } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { useTestApp } from '../../support/test-app.ts';
import { type ApiAnswer, expectErrorShape, getJson } from '../api.ts';

const BY = 'retraction-test';
/** A seed meeting: retracted through the API in one test, put back by resetToSeedGraph() after the file. */
const SEED_MEETING = 'Meeting:meeting-trump-starmer-2025-02-27';
/** Two articles of this file; ONLY_A is reported by A alone, BOTH by A and B. */
const ARTICLE_A = 'Article:art_retraction_a';
const ARTICLE_B = 'Article:art_retraction_b';
const ONLY_A = 'Meeting:meeting-retraction-only-a';
const BOTH = 'Meeting:meeting-retraction-both';

// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and assert on their shape.
type Answer = ApiAnswer<any>;

const idOf = (key: string): string => key.slice(key.indexOf(':') + 1);

/** sourceCount of every meeting, computed here: distinct published, unretracted reporting articles. */
async function meetingSourceCounts(): Promise<Map<string, number>> {
  const found = await rows<{ id: string; count: number }>(
    `MATCH (m:Meeting) WHERE m.retracted IS NULL
     OPTIONAL MATCH (m)-[r:REPORTED_IN]->(a:Article)
     WHERE r.retracted IS NULL AND a.status = 'published' AND a.retracted IS NULL
     RETURN m.id AS id, toFloat(count(DISTINCT a)) AS count`,
  );
  return new Map(found.map((row) => [`Meeting:${row.id}`, row.count]));
}

async function claimSourceCounts(): Promise<Map<string, number>> {
  const found = await rows<{ id: string; count: number }>(
    `MATCH (c:ResourceClaim) WHERE c.retracted IS NULL
     OPTIONAL MATCH (c)-[r:REPORTED_IN]->(a:Article)
     WHERE r.retracted IS NULL AND a.status = 'published' AND a.retracted IS NULL
     RETURN c.id AS id, toFloat(count(DISTINCT a)) AS count`,
  );
  return new Map(found.map((row) => [`ResourceClaim:${row.id}`, row.count]));
}

describe('retraction and history', () => {
  const app = useTestApp();
  let editor: TestUser;
  let reader: TestUser;

  async function post(path: string, body: unknown, user?: TestUser): Promise<Answer> {
    const response = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(user ? bearer(user) : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  /** `null`: without credentials. */
  async function history(key: string, user: TestUser | null = editor): Promise<Answer> {
    const response = await fetch(`${app.url}/api/history?key=${encodeURIComponent(key)}`, {
      headers: user ? bearer(user) : {},
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  const meetingKeys = async (query = ''): Promise<string[]> =>
    (await getJson(app.url, `/api/meetings?limit=2000${query}`)).body.meetings.map(
      (m: { key: string }) => m.key,
    );

  beforeAll(async () => {
    editor = await createTestUser(app, { name: 'retraction-editor', role: 'editor' });
    reader = await createTestUser(app, { name: 'retraction-reader', role: 'reader' });
    await rows(
      `CREATE (a:Article {id: $a, status: 'published', title: 'Retraction test A', text: 'Text A.', sha256: 'ret-a',
         published: date('2025-03-03'), addedBy: $by, addedAt: datetime()})
       CREATE (b:Article {id: $b, status: 'published', title: 'Retraction test B', text: 'Text B.', sha256: 'ret-b',
         published: date('2025-03-04'), addedBy: $by, addedAt: datetime()})
       WITH a, b
       MATCH (trump:Person {id: 'donald-trump'}), (starmer:Person {id: 'keir-starmer'})
       CREATE (onlyA:Meeting {id: $onlyA, name: 'Reported by A alone', status: 'held', date: date('2025-03-03'),
         dateFrom: date('2025-03-03'), dateTo: date('2025-03-03'), addedBy: $by, addedAt: datetime()})
       CREATE (both:Meeting {id: $both, name: 'Reported by A and B', status: 'held', date: date('2025-03-03'),
         dateFrom: date('2025-03-03'), dateTo: date('2025-03-03'), addedBy: $by, addedAt: datetime()})
       FOREACH (m IN [onlyA, both] |
         CREATE (trump)-[:ATTENDED {attendance: 'attended', addedBy: $by, addedAt: datetime()}]->(m)
         CREATE (starmer)-[:ATTENDED {attendance: 'attended', addedBy: $by, addedAt: datetime()}]->(m)
         CREATE (m)-[:REPORTED_IN {quote: 'Text A.', addedBy: $by, addedAt: datetime()}]->(a))
       CREATE (both)-[:REPORTED_IN {quote: 'Text B.', addedBy: $by, addedAt: datetime()}]->(b)`,
      {
        by: BY,
        a: idOf(ARTICLE_A),
        b: idOf(ARTICLE_B),
        onlyA: idOf(ONLY_A),
        both: idOf(BOTH),
      },
    );
  });
  afterAll(resetToSeedGraph);

  it('needs an editor: 401 without a token, 403 with a reader’s', async () => {
    const body = { key: SEED_MEETING, reason: 'Not allowed.' };
    expectErrorShape(await post('/api/retractions', body), 401);
    expectErrorShape(await post('/api/retractions', body, reader), 403);
    expectErrorShape(await history(SEED_MEETING, null), 401);
    expectErrorShape(await history(SEED_MEETING, reader), 403);
    expect((await getJson(app.url, `/api/nodes/${SEED_MEETING}`)).status).toBe(200);
  });

  it('answers 400 without a reason, 404 for an unknown or internal key', async () => {
    expectErrorShape(await post('/api/retractions', { key: SEED_MEETING }, editor), 400);
    expectErrorShape(await post('/api/retractions', { key: SEED_MEETING, reason: '   ' }, editor), 400);
    expectErrorShape(
      await post('/api/retractions', { key: 'Meeting:no-such-meeting', reason: 'x' }, editor),
      404,
    );
    expectErrorShape(await post('/api/retractions', { key: 'NoSuchLabel:x', reason: 'x' }, editor), 404);
    expectErrorShape(
      await post('/api/retractions', { key: `User:${editor.name}`, reason: 'x' }, editor),
      404,
    );
    expect((await getJson(app.url, `/api/nodes/${SEED_MEETING}`)).status).toBe(200);
  });

  it('a retracted fact disappears from every public read, and its history stays', async () => {
    const statsBefore = (await getJson(app.url, '/api/stats')).body;
    expect(await meetingKeys()).toContain(SEED_MEETING);

    const answer = await post(
      '/api/retractions',
      { key: SEED_MEETING, reason: 'Reported in error.' },
      editor,
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(retractionResponse.safeParse(answer.body).error).toBeUndefined();
    expect(answer.body).toMatchObject({
      key: SEED_MEETING,
      retracted: true,
      retractedBy: editor.name,
      retractionReason: 'Reported in error.',
      alsoRetracted: [],
    });
    // Nothing is deleted: the node is still there, marked.
    const [stored] = await rows<{ retracted: boolean; by: string }>(
      'MATCH (m:Meeting {id: $id}) RETURN m.retracted AS retracted, m.retractedBy AS by',
      { id: idOf(SEED_MEETING) },
    );
    expect(stored).toEqual({ retracted: true, by: editor.name });

    expect(await meetingKeys()).not.toContain(SEED_MEETING);
    expectErrorShape(await getJson(app.url, `/api/nodes/${SEED_MEETING}`), 404);
    const search = await getJson(app.url, '/api/search?q=Starmer&labels=Meeting&limit=100');
    expect(search.body.results.map((hit: { key: string }) => hit.key)).not.toContain(SEED_MEETING);
    const met = await getJson(app.url, '/api/who-met-whom');
    for (const edge of met.body.graph.edges)
      expect(edge.attributes.properties.meetings).not.toContain(SEED_MEETING);
    const around = await getJson(app.url, '/api/nodes/Person:keir-starmer/neighbours?limit=2000');
    expect(around.body.graph.nodes.map((n: { key: string }) => n.key)).not.toContain(SEED_MEETING);
    const overview = await getJson(app.url, '/api/graph/overview?limit=1000');
    expect(overview.body.nodes.map((n: { key: string }) => n.key)).not.toContain(SEED_MEETING);
    const console = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `MATCH (m:Meeting {id: '${idOf(SEED_MEETING)}'}) RETURN m` }),
    });
    expect((await console.json()).rows).toEqual([]);
    const statsAfter = (await getJson(app.url, '/api/stats')).body;
    expect(statsAfter.labels.Meeting).toBe(statsBefore.labels.Meeting - 1);
    expect(statsAfter.relationshipTypes.REPORTED_IN).toBeLessThan(statsBefore.relationshipTypes.REPORTED_IN);

    const log = await history(SEED_MEETING);
    expect(log.status).toBe(200);
    expect(historyResponse.safeParse(log.body).error).toBeUndefined();
    expect(log.body.changes).toHaveLength(1);
    expect(log.body.changes[0]).toMatchObject({
      by: editor.name,
      action: 'retracted',
      key: SEED_MEETING,
      detail: { reason: 'Reported in error.' },
    });

    const again = await post('/api/retractions', { key: SEED_MEETING, reason: 'Twice.' }, editor);
    expectErrorShape(again, 409);
    expect(again.body.error.code).toBe('already_retracted');
    expect((await history(SEED_MEETING)).body.changes).toHaveLength(1);
  });

  it('sourceCount and minSources agree with counts computed independently', async () => {
    const counts = await meetingSourceCounts();
    const { body } = await getJson(
      app.url,
      '/api/meetings?limit=2000&status=held,scheduled,proposed,cancelled',
    );
    expect(body.meetings.length).toBeGreaterThan(0);
    for (const meeting of body.meetings)
      expect(meeting.sourceCount, meeting.key).toBe(counts.get(meeting.key));
    expect(counts.get(BOTH)).toBe(2);
    expect(counts.get(ONLY_A)).toBe(1);

    const corroborated = await meetingKeys('&minSources=2');
    const expected = (await meetingKeys()).filter((key) => (counts.get(key) ?? 0) >= 2);
    expect(corroborated).toEqual(expected);
    expect(corroborated).toContain(BOTH);
    expect(corroborated).not.toContain(ONLY_A);

    const claimCounts = await claimSourceCounts();
    const claims = (await getJson(app.url, '/api/claims?limit=1000')).body.claims;
    for (const claim of claims) expect(claim.sourceCount, claim.key).toBe(claimCounts.get(claim.key));
    const claimsAt2 = (await getJson(app.url, '/api/claims?limit=1000&minSources=2')).body.claims;
    expect(claimsAt2.map((c: { key: string }) => c.key)).toEqual(
      claims
        .filter((c: { key: string }) => (claimCounts.get(c.key) ?? 0) >= 2)
        .map((c: { key: string }) => c.key),
    );

    // Who met whom with minSources: every pair's meetings have that many sources; its sourceCount is the
    // number of distinct articles over those meetings.
    const pairs = (await getJson(app.url, '/api/who-met-whom?minSources=2')).body.graph.edges;
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      const { meetings, sources, sourceCount } = pair.attributes.properties;
      for (const meeting of meetings) expect(counts.get(meeting)).toBeGreaterThanOrEqual(2);
      expect(sourceCount).toBe(new Set(sources).size);
    }
    expectErrorShape(await getJson(app.url, '/api/meetings?minSources=0'), 400);
    expectErrorShape(await getJson(app.url, '/api/who-met-whom?minSources=two'), 400);
  });

  it('retracting an article hides the facts it alone reported and lowers the others’ sourceCount', async () => {
    const before = await getJson(app.url, `/api/nodes/${BOTH}`);
    expect(before.body.sourceCount).toBe(2);

    const answer = await post('/api/retractions', { key: ARTICLE_A, reason: 'Article withdrawn.' }, editor);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.alsoRetracted).toEqual([ONLY_A]);

    expectErrorShape(await getJson(app.url, `/api/nodes/${ARTICLE_A}`), 404);
    expectErrorShape(await getJson(app.url, `/api/articles/${idOf(ARTICLE_A)}`), 404);
    expectErrorShape(await getJson(app.url, `/api/nodes/${ONLY_A}`), 404);
    expect(await meetingKeys()).not.toContain(ONLY_A);
    const after = await getJson(app.url, `/api/nodes/${BOTH}`);
    expect(after.body.sourceCount).toBe(1);
    expect((await meetingSourceCounts()).get(BOTH)).toBe(1);
    expect(after.body.evidence.map((e: { article: { id: string } }) => e.article.id)).toEqual([
      idOf(ARTICLE_B),
    ]);
    expect(await meetingKeys('&minSources=2')).not.toContain(BOTH);

    // Each retraction is in history: the article's, and the fact's with the article that caused it.
    expect((await history(ARTICLE_A)).body.changes[0]).toMatchObject({
      action: 'retracted',
      by: editor.name,
    });
    expect((await history(ONLY_A)).body.changes[0]).toMatchObject({
      action: 'retracted',
      articleId: idOf(ARTICLE_A),
      detail: { reason: 'Article withdrawn.', becauseRetracted: ARTICLE_A },
    });
    // BOTH was not retracted: it has no history entry.
    expect((await history(BOTH)).body.changes).toEqual([]);
  });
});
