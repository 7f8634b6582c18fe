// GET /api/paths: all shortest paths, through facts rather than articles unless asked.
import { describe, expect, it } from 'vitest';
import { getTestDriver } from '../../support/database.ts';
import { useTestApp } from '../../support/test-app.ts';
import { getJson } from '../api.ts';

describe('GET /api/paths', () => {
  const app = useTestApp();

  it('gives all shortest paths between Starmer and Zelenskyy, none through articles', async () => {
    const expected = await getTestDriver().executeQuery(
      `MATCH (a:Person {id:'keir-starmer'}), (b:Person {id:'volodymyr-zelenskyy'})
       MATCH p = allShortestPaths((a)-[*..6]-(b))
       WHERE none(r IN relationships(p) WHERE type(r) IN ['REPORTED_IN', 'MENTIONS'])
       RETURN length(p) AS length, count(p) AS count`,
      {},
      { database: 'neo4j' },
    );
    const { status, body } = await getJson(
      app.url,
      '/api/paths?from=Person:keir-starmer&to=Person:volodymyr-zelenskyy&maxLength=6',
    );
    expect(status).toBe(200);
    expect(body.paths.length).toBe(Number(expected.records[0]?.get('count')));
    const nodeKeys = new Set(body.graph.nodes.map((n: { key: string }) => n.key));
    const edgeKeys = new Set(body.graph.edges.map((e: { key: string }) => e.key));
    for (const path of body.paths) {
      expect(path.nodes[0]).toBe('Person:keir-starmer');
      expect(path.nodes.at(-1)).toBe('Person:volodymyr-zelenskyy');
      expect(path.edges).toHaveLength(Number(expected.records[0]?.get('length')));
      for (const key of path.nodes) expect(nodeKeys.has(key)).toBe(true);
      for (const key of path.edges) expect(edgeKeys.has(key)).toBe(true);
    }
    for (const edge of body.graph.edges)
      expect(['REPORTED_IN', 'MENTIONS']).not.toContain(edge.attributes.relType);
  });

  it('walks only the chosen relationship types, and finds nothing when they do not connect', async () => {
    const { body } = await getJson(
      app.url,
      '/api/paths?from=Person:keir-starmer&to=Person:donald-trump&types=ATTENDED',
    );
    expect(body.paths.length).toBeGreaterThan(0);
    for (const path of body.paths) expect(path.edges).toHaveLength(2);
    const none = await getJson(
      app.url,
      '/api/paths?from=Person:keir-starmer&to=Person:donald-trump&types=OCCUPIES',
    );
    expect(none.status).toBe(200);
    expect(none.body.paths).toEqual([]);
  });

  it('refuses unknown nodes (404), unknown types and the same node twice (400)', async () => {
    expect((await getJson(app.url, '/api/paths?from=Person:nobody&to=Person:donald-trump')).status).toBe(404);
    expect(
      (await getJson(app.url, '/api/paths?from=Person:keir-starmer&to=Person:donald-trump&types=NOPE'))
        .status,
    ).toBe(400);
    expect(
      (await getJson(app.url, '/api/paths?from=Person:keir-starmer&to=Person:keir-starmer')).status,
    ).toBe(400);
    expect(
      (await getJson(app.url, '/api/paths?from=Person:keir-starmer&to=Person:donald-trump&maxLength=99'))
        .status,
    ).toBe(400);
  });
});
