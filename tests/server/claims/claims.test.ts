// GET /api/claims: resource claims by resource, country and claimant, each with its sources.
import { describe, expect, it } from 'vitest';
import { getTestDriver } from '../../support/database.ts';
import { useTestApp } from '../../support/test-app.ts';
import { getJson } from '../api.ts';

async function ids(query: string): Promise<string[]> {
  const result = await getTestDriver().executeQuery(query, {}, { database: 'neo4j' });
  return result.records.map((record) => String(record.get(0)));
}

describe('GET /api/claims', () => {
  const app = useTestApp();

  it('lists the claims about lithium with who made them and the quoting articles', async () => {
    const expected = await ids(
      "MATCH (c:ResourceClaim)-[:ABOUT]->(:Resource {id:'lithium'}) RETURN c.id ORDER BY c.id",
    );
    expect(expected.length).toBeGreaterThan(0);
    const { status, body } = await getJson(app.url, '/api/claims?resource=Resource:lithium');
    expect(status).toBe(200);
    expect(body.claims.map((c: { id: string }) => c.id)).toEqual(expected);
    for (const claim of body.claims) {
      expect(claim.resources.map((r: { key: string }) => r.key)).toContain('Resource:lithium');
      const makers = await ids(
        `MATCH (k)-[:MADE]->(:ResourceClaim {id:'${claim.id}'}) RETURN labels(k)[0] + ':' + k.id ORDER BY k.id`,
      );
      expect(claim.claimants.map((k: { key: string }) => k.key).sort()).toEqual(makers.sort());
      expect(claim.sources.length).toBeGreaterThan(0);
      expect(claim.sources[0].quote).toEqual(expect.any(String));
      expect(claim.text.length).toBeGreaterThan(0);
    }
    // The bare id means the same as the key.
    expect((await getJson(app.url, '/api/claims?resource=lithium')).body).toEqual(body);
  });

  it('filters by claimant and by country', async () => {
    const trumps = await ids(
      "MATCH (:Person {id:'donald-trump'})-[:MADE]->(c:ResourceClaim) RETURN c.id ORDER BY c.id",
    );
    const { body } = await getJson(app.url, '/api/claims?claimant=Person:donald-trump');
    expect(body.claims.map((c: { id: string }) => c.id)).toEqual(trumps);
    for (const claim of body.claims)
      expect(claim.claimants.map((k: { key: string }) => k.key)).toContain('Person:donald-trump');

    const { body: ukraine } = await getJson(app.url, '/api/claims?country=UA&resource=lithium');
    for (const claim of ukraine.claims) {
      expect(claim.concerns.length).toBeGreaterThan(0);
    }
    expect(ukraine.claims.length).toBeGreaterThan(0);
  });

  it('gives an empty list for a filter that matches nothing', async () => {
    const { status, body } = await getJson(app.url, '/api/claims?resource=unobtainium');
    expect(status).toBe(200);
    expect(body.claims).toEqual([]);
  });
});
