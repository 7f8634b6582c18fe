// GET /api/openapi.json: an OpenAPI 3.1 document generated from the schemas that validate requests.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../support/test-app.ts';
import { getJson } from '../api.ts';

describe('GET /api/openapi.json', () => {
  const app = useTestApp();

  it('documents every endpoint with its parameters, bodies and error shape', async () => {
    const { status, body } = await getJson(app.url, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const paths = Object.keys(body.paths);
    for (const path of [
      '/api/stats',
      '/api/schema',
      '/api/graph/overview',
      '/api/nodes/{key}',
      '/api/nodes/{key}/neighbours',
      '/api/search',
      '/api/meetings',
      '/api/who-met-whom',
      '/api/paths',
      '/api/claims',
      '/api/cypher',
      '/api/export',
      '/api/openapi.json',
    ]) {
      expect(paths).toContain(path);
    }
    const search = body.paths['/api/search'].get;
    const limit = search.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ minimum: 1, maximum: 100 });
    expect(search.parameters.find((p: { name: string }) => p.name === 'q').required).toBe(true);
    expect(body.paths['/api/nodes/{key}'].get.parameters[0]).toMatchObject({
      name: 'key',
      in: 'path',
      required: true,
    });
    const cypher = body.paths['/api/cypher'].post;
    expect(cypher.requestBody.content['application/json'].schema.properties.query.maxLength).toBe(20_000);
    expect(cypher.responses['4XX'].content['application/json'].schema.required).toEqual(['error']);
    const format = body.paths['/api/export'].get.parameters.find(
      (p: { name: string }) => p.name === 'format',
    );
    expect(format.schema.enum).toEqual(['json', 'gexf', 'graphml', 'csv', 'cypher']);
  });

  it('rejects what the document says is out of range', async () => {
    const { body } = await getJson(app.url, '/api/openapi.json');
    const limit = body.paths['/api/search'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect((await getJson(app.url, `/api/search?q=x&limit=${limit.schema.maximum + 1}`)).status).toBe(400);
    expect((await getJson(app.url, `/api/search?q=x&limit=${limit.schema.maximum}`)).status).toBe(200);
  });
});
