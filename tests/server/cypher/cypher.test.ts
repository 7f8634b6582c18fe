// POST /api/cypher answers: rows as plain JSON keyed by column, every node and relationship as a graph,
// parameters, a summary with its limits and the planner's notifications, error positions in the user's
// text, and a query stopped in the database when its client hangs up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runningQueries } from '../../support/running-queries.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { waitFor } from '../../support/wait-for.ts';
import { expectErrorShape, postJson } from '../api.ts';

describe('POST /api/cypher', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { CYPHER_MAX_ROWS: '7' } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('returns rows as plain JSON keyed by column: nodes, relationships, paths, dates and integers', async () => {
    const { status, body } = await postJson(app.url, '/api/cypher', {
      query: `MATCH p = (a:Person {id: $id})-[r:ATTENDED]->(m:Meeting)
              WHERE m.date = date('2025-02-27')
              RETURN a, r, m, p, m.date AS date, size(a.aliases) AS aliases, 2 ^ 70 AS big ORDER BY m.id LIMIT 1`,
      params: { id: 'keir-starmer' },
    });
    expect(status).toBe(200);
    expect(body.columns).toEqual(['a', 'r', 'm', 'p', 'date', 'aliases', 'big']);
    const [row] = body.rows;
    expect(row.a).toMatchObject({
      key: 'Person:keir-starmer',
      labels: ['Person'],
      properties: { id: 'keir-starmer' },
    });
    expect(row.r).toMatchObject({ type: 'ATTENDED', source: 'Person:keir-starmer', target: row.m.key });
    expect(row.date).toBe('2025-02-27');
    expect(row.m.properties.date).toBe('2025-02-27');
    expect(typeof row.aliases).toBe('number');
    expect(row.p.nodes.map((n: { key: string }) => n.key)).toEqual(['Person:keir-starmer', row.m.key]);
    expect(body.graph.nodes.map((n: { key: string }) => n.key).sort()).toEqual(
      ['Person:keir-starmer', row.m.key].sort(),
    );
    expect(body.graph.edges).toEqual([
      expect.objectContaining({ key: row.r.key, source: 'Person:keir-starmer', target: row.m.key }),
    ]);
    expect(body.summary).toMatchObject({
      rowCount: 1,
      truncated: false,
      limits: { maxRows: 7, timeoutMs: 10_000 },
    });
  });

  it('puts the ends of returned relationships in the graph even when the query did not return them', async () => {
    const { body } = await postJson(app.url, '/api/cypher', {
      query: 'MATCH ()-[r:HELD_AT]->() RETURN r LIMIT 3',
    });
    expect(body.graph.edges).toHaveLength(body.rows.length);
    const keys = new Set(body.graph.nodes.map((n: { key: string }) => n.key));
    for (const edge of body.graph.edges) expect(keys.has(edge.source) && keys.has(edge.target)).toBe(true);
    for (const row of body.rows) expect(row.r.source).toMatch(/^Meeting:/);
  });

  it('draws a relationship returned before its end node (RETURN a, r, m) as an edge', async () => {
    const { status, body } = await postJson(app.url, '/api/cypher', {
      query:
        "MATCH (a:Person {id: 'donald-trump'})-[r:ATTENDED]->(m:Meeting) RETURN a, r, m ORDER BY m.id LIMIT 5",
    });
    expect(status).toBe(200);
    expect(body.rows.length).toBeGreaterThan(1);
    expect(body.graph.edges).toHaveLength(body.rows.length);
    for (const row of body.rows) {
      expect(body.graph.edges).toContainEqual(
        expect.objectContaining({ key: row.r.key, source: 'Person:donald-trump', target: row.m.key }),
      );
    }
  });

  it('sends whole numbers as integers, so parameters work in LIMIT', async () => {
    const { status, body } = await postJson(app.url, '/api/cypher', {
      query: 'MATCH (n:Person) RETURN n.name AS name ORDER BY name LIMIT $n',
      params: { n: 2 },
    });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(2);
  });

  it('cuts rows at the cap and says so', async () => {
    const { body } = await postJson(app.url, '/api/cypher', {
      query: 'UNWIND range(1, 100000) AS x RETURN x',
    });
    expect(body.rows).toHaveLength(7);
    expect(body.summary).toMatchObject({ rowCount: 7, truncated: true });
  });

  it('refuses parameters that are not a JSON object of named values, and bad queries, with 400', async () => {
    for (const params of [[1, 2], 'x', { 'not a name': 1 }]) {
      expectErrorShape(await postJson(app.url, '/api/cypher', { query: 'RETURN 1', params }), 400);
    }
    expectErrorShape(await postJson(app.url, '/api/cypher', { query: 'MATCH (n RETURN n' }), 400);
    expectErrorShape(await postJson(app.url, '/api/cypher', { query: 'RETURN $missing AS x' }), 400);
    expectErrorShape(await postJson(app.url, '/api/cypher', { query: '' }), 400);
    expectErrorShape(await postJson(app.url, '/api/cypher', { query: 'RETURN 1', extra: true }), 400);
  });

  it('says where a query Neo4j cannot read goes wrong, counted in the text the user sent', async () => {
    const oneLine = await postJson(app.url, '/api/cypher', { query: 'MATCH (n RETURN n' });
    expectErrorShape(oneLine, 400);
    expect(oneLine.body.error.details).toMatchObject({
      neo4jCode: 'Neo.ClientError.Statement.SyntaxError',
      position: { line: 1, column: 10, offset: 9 },
    });
    expect(oneLine.body.error.message).toContain('(line 1, column 10 (offset: 9))');

    const secondLine = await postJson(app.url, '/api/cypher', { query: 'MATCH (n)\nRETURN m' });
    expectErrorShape(secondLine, 400);
    expect(secondLine.body.error.details.position).toEqual({ line: 2, column: 8, offset: 17 });
  });

  it("returns the planner's notifications: an unknown label and a cartesian product, with positions", async () => {
    const unknown = await postJson(app.url, '/api/cypher', { query: 'MATCH (n:Persn) RETURN n' });
    expect(unknown.status).toBe(200);
    expect(unknown.body.rows).toEqual([]);
    expect(unknown.body.summary.notifications).toEqual([
      expect.objectContaining({
        code: 'Neo.ClientNotification.Statement.UnknownLabelWarning',
        severity: 'WARNING',
        position: { line: 1, column: 10, offset: 9 },
      }),
    ]);
    expect(unknown.body.summary.notifications[0].description).toContain('Persn');

    const product = await postJson(app.url, '/api/cypher', {
      query: 'MATCH (a:Person), (b:Meeting) RETURN count(*) AS n',
    });
    expect(product.body.summary.notifications).toContainEqual(
      expect.objectContaining({
        code: 'Neo.ClientNotification.Statement.CartesianProduct',
        position: { line: 1, column: 1, offset: 0 },
      }),
    );
    const unbounded = await postJson(app.url, '/api/cypher', {
      query:
        "MATCH (a:Person {id: 'donald-trump'}) MATCH (b:Person {id: 'keir-starmer'})\nMATCH p = shortestPath((a)-[*]-(b)) RETURN length(p) AS hops",
    });
    expect(unbounded.status).toBe(200);
    expect(unbounded.body.summary.notifications).toContainEqual(
      expect.objectContaining({
        code: 'Neo.ClientNotification.Statement.UnboundedVariableLengthPattern',
        position: expect.objectContaining({ line: 2 }),
      }),
    );
    const clean = await postJson(app.url, '/api/cypher', { query: 'MATCH (n:Person) RETURN count(n) AS n' });
    expect(clean.body.summary.notifications).toEqual([]);
  });

  it('stops the query in Neo4j when the client hangs up, long before its timeout', async () => {
    const marker = `cancel-test-${Date.now()}`;
    const running = () => runningQueries(app.driver, app.config.neo4j.database, marker);
    const client = new AbortController();
    const answer = fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n // ${marker}`,
      }),
      signal: client.signal,
    }).catch((error: Error) => error.name);
    await waitFor(async () => (await running()) === 1, { timeoutMs: 8_000, what: 'the slow query to run' });
    const hungUp = performance.now();
    client.abort();
    expect(await answer).toBe('AbortError');
    await waitFor(async () => (await running()) === 0, { timeoutMs: 4_000, what: 'the query to end' });
    // The server's limit is 10 s: the query ended because the client went, not because time ran out.
    expect(performance.now() - hungUp).toBeLessThan(4_000);
    expect((await postJson(app.url, '/api/cypher', { query: 'RETURN 1 AS x' })).status).toBe(200);
  });
});
