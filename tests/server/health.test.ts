// /api/health against the suite's real Neo4j.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.ts';

describe('GET /api/health', () => {
  const app = useTestApp();

  it('reports the Neo4j version, edition and address while the database answers', async () => {
    const response = await fetch(`${app.url}/api/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      neo4j: { version: string; edition: string; address: string };
    };
    expect(body.status).toBe('ok');
    expect(body.neo4j.version).toMatch(/^5\.26\.\d+$/);
    expect(body.neo4j.edition).toMatch(/community|enterprise/);
    expect(body.neo4j.address).toMatch(/:\d+$/);
  });

  it('answers unknown API routes with the JSON error shape', async () => {
    const response = await fetch(`${app.url}/api/no-such-thing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
