// Exploration endpoints over HTTP against the seeded database, checked against the database itself.
import { describe, expect, it } from 'vitest';
import { getTestDriver } from '../../support/database.ts';
import { useTestApp } from '../../support/test-app.ts';
import { getJson } from '../api.ts';

async function scalar<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
  const result = await getTestDriver().executeQuery(query, params, { database: 'neo4j' });
  return result.records[0]?.get(0) as T;
}

describe('exploration endpoints', () => {
  const app = useTestApp();

  it('GET /api/stats counts nodes by label and relationships by type', async () => {
    const { status, body } = await getJson(app.url, '/api/stats');
    expect(status).toBe(200);
    expect(body.labels.Person).toBe(Number(await scalar('MATCH (n:Person) RETURN count(n)')));
    expect(body.relationshipTypes.ATTENDED).toBe(
      Number(await scalar('MATCH ()-[r:ATTENDED]->() RETURN count(r)')),
    );
    const total = Object.values(body.relationshipTypes as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe(Number(await scalar('MATCH ()-[r]->() RETURN count(r)')));
  });

  it('GET /api/schema lists labels, relationship types and property keys', async () => {
    const { body } = await getJson(app.url, '/api/schema');
    expect(body.labels).toEqual(expect.arrayContaining(['Person', 'Meeting', 'Article', 'ResourceClaim']));
    expect(body.relationshipTypes).toEqual(expect.arrayContaining(['ATTENDED', 'REPORTED_IN', 'MENTIONS']));
    expect(body.propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'quote', 'sources']));
  });

  it('GET /api/graph/overview is bounded by its limit and holds only edges between its nodes', async () => {
    const { status, body } = await getJson(app.url, '/api/graph/overview?limit=12');
    expect(status).toBe(200);
    expect(body.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
    expect(body.nodes).toHaveLength(12);
    const keys = new Set(body.nodes.map((node: { key: string }) => node.key));
    expect(keys.has('Person:donald-trump')).toBe(true);
    for (const edge of body.edges) {
      expect(keys.has(edge.source) && keys.has(edge.target)).toBe(true);
      expect(typeof edge.attributes.relType).toBe('string');
    }
    for (const node of body.nodes) expect(node.attributes.nodeLabel).not.toBe('Article');
  });

  it('GET /api/nodes/:key gives properties, evidence with article titles and quotes, and relations', async () => {
    const meeting = await scalar<string>(
      `MATCH (a:Person {id:'donald-trump'})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person {id:'keir-starmer'})
       WHERE m.date = date('2025-02-27') RETURN m.id ORDER BY m.id LIMIT 1`,
    );
    const { status, body } = await getJson(app.url, `/api/nodes/Meeting:${encodeURIComponent(meeting)}`);
    expect(status).toBe(200);
    expect(body.node.key).toBe(`Meeting:${meeting}`);
    expect(body.node.attributes).toMatchObject({
      nodeLabel: 'Meeting',
      id: meeting,
      properties: { date: '2025-02-27' },
    });
    const reported = Number(
      await scalar(
        'MATCH (:Meeting {id:$id})-[r:REPORTED_IN]->() WHERE r.quote IS NOT NULL RETURN count(r)',
        {
          id: meeting,
        },
      ),
    );
    const quoted = body.evidence.filter((item: { quote: string | null }) => item.quote);
    expect(quoted).toHaveLength(reported);
    for (const item of quoted) {
      // Titles and outlets only as printed: none of the seed texts prints a headline, so the title is inferred.
      expect(item.article).toMatchObject({ id: expect.any(String), title: null });
      expect(item.article.titleInferred).toEqual(expect.any(String));
      expect(item.article.outlet ?? item.article.outletInferred).toEqual(expect.any(String));
      expect(item.article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const attendees = body.relations
      .filter((rel: { type: string; direction: string }) => rel.type === 'ATTENDED' && rel.direction === 'in')
      .map((rel: { other: { key: string } }) => rel.other.key);
    expect(attendees).toEqual(expect.arrayContaining(['Person:donald-trump', 'Person:keir-starmer']));
  });

  it('GET /api/nodes/:key/neighbours cuts at the limit and says how many were left out, by type', async () => {
    const total = Number(await scalar("MATCH (:Person {id:'donald-trump'})--(m) RETURN count(DISTINCT m)"));
    const { status, body } = await getJson(app.url, '/api/nodes/Person:donald-trump/neighbours?limit=5');
    expect(status).toBe(200);
    expect(body.graph.nodes).toHaveLength(6);
    expect(body.leftOut.total).toBe(total - 5);
    const byType = Object.values(body.leftOut.byType as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(byType).toBe(body.leftOut.total);
  });

  it('GET /api/nodes/:key/neighbours follows only the asked relationship types, to the asked depth', async () => {
    const { body } = await getJson(
      app.url,
      '/api/nodes/Person:keir-starmer/neighbours?types=ATTENDED&depth=2&limit=500',
    );
    const types = new Set(
      body.graph.edges.map((edge: { attributes: { relType: string } }) => edge.attributes.relType),
    );
    expect([...types]).toEqual(['ATTENDED']);
    const keys = body.graph.nodes.map((node: { key: string }) => node.key);
    expect(keys).toContain('Person:donald-trump');
    expect(body.leftOut.total).toBe(0);
  });
});
