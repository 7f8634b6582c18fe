// Drafts, retracted items and the product's own state (accounts, history, staged review) appear in no public
// read: search, overview, node, neighbours, who-met-whom, meetings, claims, paths, stats, articles and the
// Cypher console; the published, unretracted items written alongside them do appear (so each check can fail).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestUser, type TestUser } from '../../support/accounts.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { useTestApp } from '../../support/test-app.ts';
import { expectErrorShape, getJson } from '../api.ts';
import { DRAFT_WORDS, expectedCounts, KEYS, sourceCountOf, writeFixture } from './visibility-fixture.ts';

const HIDDEN = [KEYS.draft, KEYS.draftItem, KEYS.retractedPerson, KEYS.meetingRetracted, KEYS.claimRetracted];
const INTERNAL = [
  'User',
  'ApiToken',
  'Session',
  'Change',
  'DraftItem',
  'IdempotentRequest',
  'SignInAttempt',
  'GraphVersion',
];

interface GraphAnswer {
  nodes: { key: string; attributes: { labels: string[]; sourceCount?: number } }[];
  edges: {
    key: string;
    source: string;
    target: string;
    attributes: { properties: Record<string, unknown> };
  }[];
}

function keysOf(graph: GraphAnswer): string[] {
  return graph.nodes.map((node) => node.key);
}

function expectNoneHidden(keys: string[]): void {
  for (const hidden of HIDDEN) expect(keys).not.toContain(hidden);
}

function expectNoInternal(graph: GraphAnswer): void {
  for (const node of graph.nodes)
    for (const label of node.attributes.labels) expect(INTERNAL).not.toContain(label);
}

describe('what the public sees', () => {
  const app = useTestApp();
  let editor: TestUser;

  async function post(path: string, body: unknown) {
    const response = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(editor) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  async function cypher(query: string) {
    const response = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  beforeAll(async () => {
    editor = await createTestUser(app, { name: 'visibility-editor', role: 'editor' });
    await writeFixture();
    for (const key of [KEYS.meetingRetracted, KEYS.retractedPerson, KEYS.claimRetracted]) {
      const answer = await post('/api/retractions', { key, reason: 'Visibility test: reported in error.' });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    }
  });
  afterAll(resetToSeedGraph);

  it('search finds no word of a draft and no retracted item, but the published ones', async () => {
    expect((await getJson(app.url, `/api/search?q=${DRAFT_WORDS}`)).body.results).toEqual([]);
    expect((await getJson(app.url, '/api/search?q=Quarrelby')).body.results).toEqual([]);
    const claims = await getJson(app.url, '/api/search?q=Hollowmere%20lithium&labels=ResourceClaim');
    expect(claims.body.results.map((hit: { key: string }) => hit.key)).not.toContain(KEYS.claimRetracted);
    const shown = await getJson(app.url, '/api/search?q=Borisquell&limit=50');
    const keys = shown.body.results.map((hit: { key: string }) => hit.key);
    expect(keys).toContain(KEYS.shownPerson);
    expect(keys).toContain(KEYS.published);
    expectNoneHidden(keys);
    const meeting = (await getJson(app.url, '/api/search?q=Borisquell%20meets&labels=Meeting')).body
      .results[0];
    expect(meeting.key).toBe(KEYS.meetingShown);
    expect(meeting.sourceCount).toBe(await sourceCountOf(KEYS.meetingShown));
    expect(meeting.sourceCount).toBe(1);
  });

  it('the overview holds the new visible nodes and nothing hidden or internal', async () => {
    const { status, body } = await getJson<GraphAnswer>(app.url, '/api/graph/overview?limit=1000');
    expect(status).toBe(200);
    expect(keysOf(body)).toContain(KEYS.shownPerson);
    expect(keysOf(body)).toContain(KEYS.meetingShown);
    expectNoneHidden(keysOf(body));
    expectNoInternal(body);
    for (const edge of body.edges) expect([edge.source, edge.target]).not.toContain(KEYS.retractedPerson);
  });

  it('a hidden or internal node is a 404; a visible fact lists published sources only, with sourceCount', async () => {
    for (const key of [...HIDDEN, `User:${editor.name}`]) {
      expectErrorShape(await getJson(app.url, `/api/nodes/${encodeURIComponent(key)}`), 404);
    }
    const { status, body } = await getJson(app.url, `/api/nodes/${KEYS.meetingShown}`);
    expect(status).toBe(200);
    expect(body.evidence.map((item: { article: { id: string } }) => `Article:${item.article.id}`)).toEqual([
      KEYS.published,
    ]);
    expect(body.sourceCount).toBe(1);
    expect(body.node.attributes.sourceCount).toBe(1);
    const others = body.relations.map((relation: { other: { key: string } }) => relation.other.key);
    expect(others).toContain(KEYS.shownPerson);
    expect(others).not.toContain(KEYS.retractedPerson);
    const person = await getJson(app.url, `/api/nodes/${KEYS.shownPerson}`);
    const mentioning = person.body.evidence.map(
      (item: { article: { id: string } }) => `Article:${item.article.id}`,
    );
    expect(mentioning).toEqual([KEYS.published]);
  });

  it('neighbours never reach a hidden node, nor walk through one', async () => {
    const trump = await getJson<{ graph: GraphAnswer }>(
      app.url,
      `/api/nodes/${KEYS.trump}/neighbours?depth=2&limit=2000`,
    );
    expect(trump.status).toBe(200);
    expect(keysOf(trump.body.graph)).toContain(KEYS.meetingShown);
    expect(keysOf(trump.body.graph)).toContain(KEYS.shownPerson);
    // Edda met Trump only at the retracted meeting: two hops away through it, so not reachable.
    expect(keysOf(trump.body.graph)).not.toContain(KEYS.onlyViaRetracted);
    expectNoneHidden(keysOf(trump.body.graph));
    expectNoInternal(trump.body.graph);
    const meeting = trump.body.graph.nodes.find((node) => node.key === KEYS.meetingShown);
    expect(meeting?.attributes.sourceCount).toBe(1);
    const ulfric = await getJson<{ graph: GraphAnswer }>(
      app.url,
      `/api/nodes/${KEYS.shownPerson}/neighbours`,
    );
    expect(keysOf(ulfric.body.graph)).toContain(KEYS.published);
    expectNoneHidden(keysOf(ulfric.body.graph));
    expectErrorShape(await getJson(app.url, `/api/nodes/${KEYS.meetingRetracted}/neighbours`), 404);
  });

  it('who met whom pairs Trump with the visible attendee only, with published sources', async () => {
    const { body } = await getJson<{ graph: GraphAnswer }>(app.url, '/api/who-met-whom');
    expectNoneHidden(keysOf(body.graph));
    expect(keysOf(body.graph)).not.toContain(KEYS.onlyViaRetracted);
    const pair = body.graph.edges.find(
      (edge) => [edge.source, edge.target].sort().join() === [KEYS.trump, KEYS.shownPerson].sort().join(),
    );
    expect(pair?.attributes.properties.sources).toEqual(['art_vis_published']);
    expect(pair?.attributes.properties.meetings).toEqual([KEYS.meetingShown]);
    expect(pair?.attributes.properties.sourceCount).toBe(1);
  });

  it('meetings and claims list visible facts with visible participants and published sources only', async () => {
    const { body } = await getJson(
      app.url,
      `/api/meetings?participant=${KEYS.trump}&from=2025-03-01&to=2025-03-01`,
    );
    const keys = body.meetings.map((meeting: { key: string }) => meeting.key);
    expect(keys).toContain(KEYS.meetingShown);
    expect(keys).not.toContain(KEYS.meetingRetracted);
    const shown = body.meetings.find((meeting: { key: string }) => meeting.key === KEYS.meetingShown);
    expect(shown.participants.map((p: { key: string }) => p.key).sort()).toEqual(
      [KEYS.trump, KEYS.shownPerson].sort(),
    );
    expect(shown.sources.map((s: { article: { id: string } }) => s.article.id)).toEqual([
      'art_vis_published',
    ]);
    expect(shown.sourceCount).toBe(await sourceCountOf(KEYS.meetingShown));

    const claims = await getJson(app.url, '/api/claims?resource=lithium');
    const claimKeys = claims.body.claims.map((claim: { key: string }) => claim.key);
    expect(claimKeys).toContain(KEYS.claimShown);
    expect(claimKeys).not.toContain(KEYS.claimRetracted);
    const claim = claims.body.claims.find((c: { key: string }) => c.key === KEYS.claimShown);
    expect(claim.sources.map((s: { article: { id: string } }) => s.article.id)).toEqual([
      'art_vis_published',
    ]);
    expect(claim.sourceCount).toBe(1);
  });

  it('paths go through visible nodes only, and a hidden end is a 404', async () => {
    const shown = await getJson(app.url, `/api/paths?from=${KEYS.shownPerson}&to=${KEYS.trump}&maxLength=2`);
    expect(shown.status).toBe(200);
    expect(shown.body.paths.length).toBeGreaterThan(0);
    for (const path of shown.body.paths) expect(path.nodes).toContain(KEYS.meetingShown);
    // Edda and Trump are joined only through the retracted meeting.
    const through = await getJson(
      app.url,
      `/api/paths?from=${KEYS.onlyViaRetracted}&to=${KEYS.trump}&maxLength=2`,
    );
    expect(through.status).toBe(200);
    expect(through.body.paths).toEqual([]);
    expectErrorShape(await getJson(app.url, `/api/paths?from=${KEYS.retractedPerson}&to=${KEYS.trump}`), 404);
    expectErrorShape(await getJson(app.url, `/api/paths?from=${KEYS.draft}&to=${KEYS.trump}`), 404);
  });

  it('stats count exactly what the public may see', async () => {
    const { status, body } = await getJson(app.url, '/api/stats');
    expect(status).toBe(200);
    const expected = await expectedCounts();
    expect(body.labels).toEqual(expected.labels);
    expect(body.relationshipTypes).toEqual(expected.relationshipTypes);
    for (const label of INTERNAL) expect(body.labels).not.toHaveProperty(label);
    const schema = await getJson(app.url, '/api/schema');
    for (const label of INTERNAL) expect(schema.body.labels).not.toContain(label);
    expect(schema.body.propertyKeys).not.toContain('tokenHash');
  });

  it('a draft article is a 404 to the public; a published one is not', async () => {
    expectErrorShape(await getJson(app.url, '/api/articles/art_vis_draft'), 404);
    expect((await getJson(app.url, '/api/articles/art_vis_published')).status).toBe(200);
  });

  it('the Cypher console drops every row holding a hidden node, relationship or path', async () => {
    const all = await cypher(`MATCH (n) WHERE n.addedBy IS NOT NULL AND n.addedBy <> 'seed' RETURN n`);
    expect(all.status).toBe(200);
    const keys = all.body.rows.map((row: { n: { key: string } }) => row.n.key);
    expect(keys).toContain(KEYS.shownPerson);
    expect(keys).toContain(KEYS.published);
    expectNoneHidden(keys);
    expectNoneHidden(keysOf(all.body.graph));
    // Every node of any label, including the editor's account and the retractions' history entries.
    const everything = await cypher('MATCH (n) RETURN n');
    expect(everything.status).toBe(200);
    expectNoneHidden(everything.body.rows.map((row: { n: { key: string } }) => row.n.key));
    expectNoInternal(everything.body.graph);
    expect(JSON.stringify(everything.body)).not.toContain(DRAFT_WORDS);
    // A relationship whose end is hidden, and paths through a retracted meeting, are dropped with their rows.
    const toDraft = await cypher(
      `MATCH (f)-[r:REPORTED_IN]->(a:Article) WHERE f.addedBy = 'visibility-test' RETURN r`,
    );
    expect(toDraft.body.rows.length).toBe(2);
    expect(JSON.stringify(toDraft.body.graph)).not.toContain('art_vis_draft');
    const paths = await cypher(`MATCH p = (:Person {id: 'donald-trump'})-[:ATTENDED]->(m:Meeting)
      WHERE m.addedBy = 'visibility-test' RETURN p`);
    expect(paths.body.rows.length).toBe(1);
    expect(keysOf(paths.body.graph)).toContain(KEYS.meetingShown);
  });

  it('the Cypher console refuses a query that names an internal label or property', async () => {
    for (const query of [
      'MATCH (u:User) RETURN u',
      'MATCH (n) RETURN n.passwordHash',
      "MATCH (n) WHERE 'change' IN [x IN labels(n) | toLower(x)] RETURN n",
      'MATCH (n:`DraftItem`) RETURN count(n)',
      "MATCH (n) RETURN n['tokenHash']",
    ]) {
      const answer = await cypher(query);
      expectErrorShape(answer, 400);
      expect(answer.body.error.code, query).toBe('query_refused');
    }
  });
});
