// Invalid input to every endpoint gets a 4xx in the JSON error shape, never a 500.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../support/test-app.ts';
import { expectErrorShape, getJson, postJson } from '../api.ts';

const BAD_GETS: [string, number][] = [
  ['/api/stats?extra=1', 400],
  ['/api/schema?x=y', 400],
  ['/api/graph/overview?limit=-1', 400],
  ['/api/graph/overview?limit=1000000', 400],
  ['/api/graph/overview?limit=abc', 400],
  ['/api/graph/overview?limit=1.5', 400],
  ['/api/graph/overview?limit=1&limit=2', 400],
  ['/api/nodes/Person:nobody-at-all', 404],
  ['/api/nodes/NoSuchLabel:x', 404],
  ['/api/nodes/no-colon', 404],
  ['/api/nodes/Person%60%20RETURN%201%20//:x', 404],
  ['/api/nodes/Person:nobody/neighbours', 404],
  ['/api/nodes/Person:donald-trump/neighbours?depth=0', 400],
  ['/api/nodes/Person:donald-trump/neighbours?depth=4', 400],
  ['/api/nodes/Person:donald-trump/neighbours?types=NOT_A_TYPE', 400],
  ['/api/nodes/Person:donald-trump/neighbours?types=A%60B', 400],
  ['/api/nodes/Person:donald-trump/neighbours?limit=0', 400],
  ['/api/search', 400],
  ['/api/search?q=', 400],
  ['/api/search?q=x&limit=101', 400],
  [`/api/search?q=${'x'.repeat(201)}`, 400],
  ['/api/search?q=x&labels=Bad-Label', 400],
  ['/api/meetings?from=2025-13-01', 400],
  ['/api/meetings?from=yesterday', 400],
  ['/api/meetings?from=2025-03-01&to=2025-02-01', 400],
  ['/api/meetings?participant=Person:nobody', 404],
  ['/api/meetings?place=Place:nowhere-land-x&participant=Ghost:x', 404],
  ['/api/meetings?status=HELD!', 400],
  ['/api/who-met-whom?to=2025-02-30x', 400],
  ['/api/paths?from=Person:keir-starmer', 400],
  ['/api/paths?from=Person:keir-starmer&to=Person:donald-trump&maxLength=0', 400],
  ['/api/paths?from=Person:keir-starmer&to=Person:donald-trump&limit=-5', 400],
  ['/api/claims?limit=x', 400],
  ['/api/claims?unknown=1', 400],
  ['/api/export?format=docx&keys=Person:donald-trump', 400],
  ['/api/export?format=csv&part=both&keys=Person:donald-trump', 400],
  ['/api/export?format=json&keys=', 400],
  ['/api/export?format=json&meetings=1&from=never', 400],
];

describe('invalid input', () => {
  const app = useTestApp();

  it.each(BAD_GETS)('GET %s → %i', async (path, status) => {
    expectErrorShape(await getJson(app.url, path), status);
  });

  it('POST bodies: malformed JSON, wrong types, unknown fields, oversized, wrong media type', async () => {
    expectErrorShape(await postJson(app.url, '/api/cypher', '{"query": "RETURN 1",'), 400);
    expectErrorShape(await postJson(app.url, '/api/cypher', { query: 42 }), 400);
    expectErrorShape(await postJson(app.url, '/api/cypher', [1, 2]), 400);
    expectErrorShape(
      await postJson(app.url, '/api/cypher', { query: `RETURN '${'x'.repeat(20_001)}'` }),
      400,
    );
    expectErrorShape(
      await postJson(app.url, '/api/cypher', { query: 'RETURN 1', params: { x: 'y'.repeat(300_000) } }),
      413,
    );
    const text = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'RETURN 1',
    });
    expectErrorShape({ status: text.status, body: await text.json(), headers: text.headers }, 415);
    expectErrorShape(await postJson(app.url, '/api/export', { format: 'json' }), 400);
    expectErrorShape(
      await postJson(app.url, '/api/export', { format: 'xls', keys: ['Person:donald-trump'] }),
      400,
    );
    expectErrorShape(await postJson(app.url, '/api/export', { format: 'json', keys: [] }), 400);
    expectErrorShape(
      await postJson(app.url, '/api/export', { format: 'json', keys: ['Person:nobody'] }),
      404,
    );
    expectErrorShape(
      await postJson(app.url, '/api/export', { format: 'json', cypher: { query: 'RETURN 1', params: 3 } }),
      400,
    );
  });

  it('no invalid input ever produced a 500', async () => {
    const answers = await Promise.all(BAD_GETS.map(([path]) => getJson(app.url, path)));
    for (const answer of answers) expect(answer.status).toBeLessThan(500);
  });
});
