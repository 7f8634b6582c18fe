// POST /api/cypher answers: rows as plain JSON keyed by column, every node and relationship as a graph,
// parameters, and a summary with its limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
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
});
