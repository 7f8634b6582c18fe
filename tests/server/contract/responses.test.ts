// Every endpoint's real answers against the seeded database, checked against the contract's response
// schemas: when the server and the contract drift apart, this fails.
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { errorBodySchema, exportGraphSchema, healthResponse } from '../../../contract/index.ts';
import { createLogger } from '../../../server/logger.ts';
import { apiEndpoints } from '../../../server/routes.ts';
import { createTestUser } from '../../support/accounts.ts';
import { rows } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { useTestApp } from '../../support/test-app.ts';

interface Sample {
  path: string;
  body?: unknown;
  /** Editors' endpoints are called with the admin token. */
  asEditor?: boolean;
  /** 200 unless the endpoint answers otherwise (a recorded fact is a 201). */
  status?: number;
}

const ADMIN_TOKEN = 'test-admin-contract-responses';
/** A node this file writes (and retracts through the API); resetToSeedGraph() removes it afterwards. */
const THROWAWAY = 'Person:contract-test-retractable';

const TRUMP = 'Person:donald-trump';
/** A draft (and one staged fact) this file writes for the editing endpoints; published by the last sample. */
const DRAFT = '/api/articles/contract-test-draft';

/** At least one real request per endpoint; the checks below fail if an endpoint has none. */
const SAMPLES: Record<string, Sample[]> = {
  'get /stats': [{ path: '/api/stats' }],
  'get /session': [{ path: '/api/session' }, { path: '/api/session', asEditor: true }],
  'post /session': [],
  'post /session/sign-out': [{ path: '/api/session/sign-out', body: {} }],
  'get /schema': [{ path: '/api/schema' }],
  'get /graph/overview': [{ path: '/api/graph/overview' }, { path: '/api/graph/overview?limit=5' }],
  'get /nodes/{key}': [
    { path: `/api/nodes/${TRUMP}` },
    { path: '/api/nodes/Country:UA' },
    { path: '/api/nodes/Meeting:meeting-trump-starmer-2025-02-27' },
  ],
  'get /nodes/{key}/neighbours': [
    { path: `/api/nodes/${TRUMP}/neighbours` },
    { path: `/api/nodes/${TRUMP}/neighbours?depth=2&types=ATTENDED&limit=50` },
  ],
  'get /articles/{id}': [],
  'get /articles': [
    { path: '/api/articles?status=draft', asEditor: true },
    { path: '/api/articles?status=published&limit=2', asEditor: true },
  ],
  'post /articles': [
    {
      path: '/api/articles',
      body: { text: 'A contract sample: Trump met Starmer on Friday.', published: '2025-03-01' },
      asEditor: true,
      status: 201,
    },
    {
      path: '/api/articles',
      body: { html: '<title>Sample</title><p>A contract sample page about Kyiv, $5bn and 5%.</p>' },
      asEditor: true,
      status: 201,
    },
  ],
  'get /articles/{id}/mentions': [
    { path: '/api/articles/002_12acf4030be661a4/mentions', asEditor: true },
    { path: `${DRAFT}/mentions`, asEditor: true },
  ],
  'get /search': [{ path: '/api/search?q=zelensky' }, { path: '/api/search?q=lith&labels=Resource' }],
  'get /meetings': [
    { path: '/api/meetings' },
    { path: `/api/meetings?participant=${TRUMP}&from=2025-02-01` },
  ],
  'get /who-met-whom': [{ path: '/api/who-met-whom' }, { path: '/api/who-met-whom?status=held,scheduled' }],
  'get /paths': [{ path: `/api/paths?from=${TRUMP}&to=Person:keir-starmer` }],
  'get /claims': [{ path: '/api/claims' }, { path: '/api/claims?country=UA' }],
  'post /cypher': [
    { path: '/api/cypher', body: { query: 'MATCH p = (:Person)-[:ATTENDED]->(:Meeting) RETURN p LIMIT 5' } },
    { path: '/api/cypher', body: { query: 'MATCH ()-[r:ATTENDED]->() RETURN r, 1 AS one LIMIT 3' } },
  ],
  'get /openapi.json': [{ path: '/api/openapi.json' }],
  'post /retractions': [
    { path: '/api/retractions', body: { key: THROWAWAY, reason: 'Contract sample.' }, asEditor: true },
  ],
  'get /drafts': [{ path: '/api/drafts', asEditor: true }],
  'post /articles/{id}/mentions/{mentionId}': [
    { path: `${DRAFT}/mentions/0-5`, body: { action: 'link', key: TRUMP }, asEditor: true },
    {
      path: `${DRAFT}/mentions/10-19`,
      body: { action: 'create', label: 'Person', name: 'Contract Test Person' },
      asEditor: true,
    },
  ],
  'post /articles/{id}/facts': [
    {
      path: `${DRAFT}/facts`,
      body: { type: 'statement', quote: { start: 0, end: 20 }, speaker: TRUMP },
      asEditor: true,
      status: 201,
    },
  ],
  'get /articles/{id}/facts': [{ path: `${DRAFT}/facts`, asEditor: true }],
  'post /articles/{id}/facts/{itemId}/remove': [
    { path: `${DRAFT}/facts/contract-test-fact/remove`, body: {}, asEditor: true },
  ],
  'post /articles/{id}/publish': [{ path: `${DRAFT}/publish`, body: {}, asEditor: true }],
  'get /history': [
    { path: `/api/history?key=${THROWAWAY}`, asEditor: true },
    { path: `/api/history?key=${TRUMP}&limit=5`, asEditor: true },
  ],
};

async function call(base: string, sample: Sample): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${base}${sample.path}`, {
    method: sample.body === undefined ? 'GET' : 'POST',
    headers: {
      ...(sample.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(sample.asEditor ? { authorization: `Bearer ${ADMIN_TOKEN}` } : {}),
    },
    ...(sample.body === undefined ? {} : { body: JSON.stringify(sample.body) }),
  });
  return { status: response.status, body: await response.json() };
}

function expectValid(schema: z.ZodType, body: unknown, where: string): void {
  const result = schema.safeParse(body);
  const problems = result.success
    ? []
    : result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  expect(problems, where).toEqual([]);
}

describe('every answer matches the contract', () => {
  const app = useTestApp({ env: { ACTORGRAPH_ADMIN_TOKEN: ADMIN_TOKEN } });
  afterAll(resetToSeedGraph);

  it('covers every JSON endpoint with a real request', async () => {
    await rows(
      "CREATE (:Person {id: 'contract-test-retractable', name: 'Retractable', addedBy: 'contract-test', addedAt: datetime()})",
    );
    // A staged fact as the editing service stages one, for the remove sample.
    const payload = {
      type: 'statement',
      key: 'Statement:contract-test',
      sameAs: null,
      name: null,
      keys: [TRUMP],
      quote: { start: 0, end: 5, text: 'Trump' },
      fields: { speaker: TRUMP },
    };
    await rows(
      `CREATE (:Article {id: 'contract-test-draft', status: 'draft', text: 'Trump met Zelenskyy.', sha256: 'contract-test',
         addedBy: 'contract-test', addedAt: datetime()})
       CREATE (:DraftItem {id: 'contract-test-fact', articleId: 'contract-test-draft', kind: 'fact', payload: $payload,
         addedBy: 'contract-test', addedAt: datetime()})`,
      { payload: JSON.stringify(payload) },
    );
    const signIn = { name: 'contract-user', password: 'contract-password-1' };
    await createTestUser(app, { ...signIn, role: 'editor', exactName: true });
    SAMPLES['post /session'] = [{ path: '/api/session', body: signIn }];
    const context = { driver: app.driver, config: app.config, logger: createLogger('silent') };
    // Articles are sampled from the database below, so the test follows the seed data.
    // A draft is read as an editor (anyone else gets a 404).
    const articleIds = await app.driver.executeQuery(
      "MATCH (a:Article) RETURN a.id AS id, a.status = 'published' AS published ORDER BY id",
    );
    SAMPLES['get /articles/{id}'] = articleIds.records.map((r) => ({
      path: `/api/articles/${r.get('id')}`,
      asEditor: r.get('published') !== true,
    }));
    for (const endpoint of apiEndpoints(context)) {
      const name = `${endpoint.method} ${endpoint.path}`;
      if (endpoint.produces) continue;
      const samples = SAMPLES[name];
      expect(samples?.length ?? 0, `no sample request for ${name}`).toBeGreaterThan(0);
      expect(endpoint.response, `${name} declares no response schema`).toBeDefined();
      for (const sample of samples ?? []) {
        const { status, body } = await call(app.url, sample);
        expect(status, `${sample.path} answered ${status}: ${JSON.stringify(body).slice(0, 300)}`).toBe(
          sample.status ?? 200,
        );
        if (endpoint.response) expectValid(endpoint.response, body, sample.path);
      }
    }
  });

  it('the JSON export is the same graph shape as the API', async () => {
    for (const query of ['format=json&ego=Person:keir-starmer', 'format=json&meetings=1']) {
      const { status, body } = await call(app.url, { path: `/api/export?${query}` });
      expect(status).toBe(200);
      expectValid(exportGraphSchema, body, query);
    }
  });

  it('health and errors take their documented shapes', async () => {
    const health = await call(app.url, { path: '/api/health' });
    expectValid(healthResponse, health.body, '/api/health');
    for (const sample of [
      { path: '/api/nodes/Person:nobody-at-all' },
      { path: '/api/search' },
      { path: '/api/cypher', body: { query: 'CREATE (n)' } },
      { path: '/api/no-such-route' },
    ]) {
      const { status, body } = await call(app.url, sample);
      expect(status).toBeGreaterThanOrEqual(400);
      expectValid(errorBodySchema.strict(), body, sample.path);
    }
  });
});
