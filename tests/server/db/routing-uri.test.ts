// The API through a routing URI (neo4j://), as on a cluster or Aura: the driver fetches a routing table and
// sends reads to readers in READ access mode. Against the single bundled server the answers must be the same
// as through bolt://, so nothing in the product depends on a direct connection.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app.ts';

const READS = [
  '/api/stats',
  '/api/graph/overview?limit=20',
  '/api/nodes/Person:donald-trump',
  '/api/nodes/Person:donald-trump/neighbours',
  '/api/search?q=zelensky',
  '/api/meetings',
  '/api/who-met-whom',
  '/api/paths?from=Person:donald-trump&to=Person:keir-starmer',
  '/api/claims',
];

function routingUri(uri: string): string {
  return uri.replace(/^bolt(\+s|\+ssc)?:\/\//, 'neo4j$1://');
}

describe('the API through a neo4j:// routing URI', () => {
  let direct: TestApp;
  let routed: TestApp;
  beforeAll(async () => {
    const connection = inject('neo4j');
    direct = await startTestApp({ connection });
    routed = await startTestApp({ connection: { ...connection, uri: routingUri(connection.uri) } });
  });
  afterAll(async () => {
    await direct?.close();
    await routed?.close();
  });

  it('uses a routing URI', () => {
    expect(routed.config.neo4j.uri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
  });

  it.each(READS)('answers %s as the direct connection does', async (path) => {
    const answer = async (app: TestApp) => {
      const response = await fetch(`${app.url}${path}`);
      return { status: response.status, body: await response.json() };
    };
    const [viaBolt, viaRouting] = await Promise.all([answer(direct), answer(routed)]);
    expect(viaRouting.status).toBe(200);
    expect(viaRouting).toEqual(viaBolt);
  });

  it('runs a read-only Cypher query in READ mode and refuses a write', async () => {
    const ask = (query: string) =>
      fetch(`${routed.url}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    const read = await ask('MATCH (p:Person) RETURN count(p) AS people');
    expect(read.status).toBe(200);
    const write = await ask("CREATE (:Person {id: 'routing-probe'})");
    expect(write.status).toBe(400);
  });
});
