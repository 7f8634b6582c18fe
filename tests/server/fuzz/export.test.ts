// Fuzzing GET and POST /api/export: every subset and format, hostile values in each field — only a
// download in the asked format or a 4xx in the JSON error shape, and the graph untouched.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_TYPES } from '../../../server/export/formats/index.ts';
import { type DatabaseFingerprint, fingerprint, getTestDriver } from '../../support/database.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import {
  FUZZ_APP_ENV,
  FUZZ_RUNS,
  type FuzzAnswer,
  type FuzzRequest,
  fuzzOnce,
  type QueryValue,
  queryString,
} from './support/fuzz-request.ts';
import { loadGraphValues, type ValueArbitraries, valueArbitraries } from './support/graph-values.ts';
import { hostileJson, hostileString } from './support/hostile-values.ts';

const FORMATS = Object.keys(CONTENT_TYPES);
const DOWNLOAD_TYPES = new Set(Object.values(CONTENT_TYPES).map((type) => type.split(';')[0]));

function formatArbitrary() {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...FORMATS) },
    { weight: 1, arbitrary: hostileString },
  );
}

/** One subset chosen most of the time (so exports run), sometimes none or several (so they are refused). */
function getParams(v: ValueArbitraries): fc.Arbitrary<[string, QueryValue][]> {
  const subset = fc.oneof(
    fc.oneof(v.realKeys, v.keys).map((keys): [string, QueryValue][] => [['keys', keys]]),
    fc
      .tuple(fc.oneof(v.realKey, v.key), fc.oneof(fc.constantFrom('1', '2'), v.int))
      .map(([ego, depth]): [string, QueryValue][] => [
        ['ego', ego],
        ['depth', depth],
      ]),
    fc
      .record(
        { meetings: fc.constantFrom('1', 'true', 'yes'), from: v.date, to: v.date, status: v.statuses },
        {
          requiredKeys: ['meetings'],
        },
      )
      .map((record) => Object.entries(record) as [string, QueryValue][]),
  );
  const subsets = fc.oneof(
    { weight: 5, arbitrary: subset },
    { weight: 1, arbitrary: fc.tuple(subset, subset).map(([a, b]) => [...a, ...b]) },
    { weight: 1, arbitrary: fc.constant([]) },
  );
  return fc
    .tuple(formatArbitrary(), fc.option(fc.oneof(fc.constantFrom('nodes', 'edges'), hostileString)), subsets)
    .map(([format, part, chosen]) => [
      ['format', format],
      ...(part === null ? [] : ([['part', part]] as [string, QueryValue][])),
      ...chosen,
    ]);
}

function postBody(v: ValueArbitraries): fc.Arbitrary<unknown> {
  const meetings = fc.oneof(
    fc.constant(true),
    fc.record(
      { from: v.date, to: v.date, status: fc.array(v.status, { maxLength: 3 }) },
      { requiredKeys: [] },
    ),
    hostileJson,
  );
  const cypher = fc.oneof(
    fc.record({
      query: fc.constantFrom(
        'MATCH p = (a:Person)-[*1..2]-(b) RETURN p LIMIT 30',
        'MATCH (n:Country) RETURN n',
        'MATCH (a)-[r:ATTENDED]->(b) RETURN r',
        'MATCH (n) DETACH DELETE n',
        "CALL apoc.export.csv.all('x.csv', {})",
        '/*',
      ),
      params: fc.dictionary(fc.constantFrom('n', 'id'), hostileJson, { maxKeys: 2 }),
    }),
    hostileJson,
  );
  const subsets = {
    keys: fc.oneof(
      { weight: 3, arbitrary: fc.array(v.realKey, { minLength: 1, maxLength: 6 }) },
      { weight: 1, arbitrary: fc.array(fc.oneof(v.realKey, v.key), { minLength: 1, maxLength: 6 }) },
      { weight: 1, arbitrary: hostileJson },
    ),
    ego: fc.oneof(v.realKey, v.key),
    meetings,
    cypher,
  };
  const one = fc.oneof(
    ...Object.entries(subsets).map(([name, arbitrary]) =>
      (arbitrary as fc.Arbitrary<unknown>).map((value) => ({ [name]: value })),
    ),
  );
  const chosen = fc.oneof(
    { weight: 5, arbitrary: one },
    { weight: 1, arbitrary: fc.record(subsets, { requiredKeys: [] }) },
  );
  const mostly = <T>(good: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: hostileJson });
  const rest = fc.record(
    {
      format: formatArbitrary(),
      part: mostly(fc.constantFrom('nodes', 'edges')),
      depth: mostly(fc.integer({ min: 1, max: 3 })),
    },
    { requiredKeys: ['format'] },
  );
  const withStranger = fc.tuple(rest, hostileJson).map(([body, extra]) => ({ ...body, extra }));
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(rest, chosen).map(([a, b]) => ({ ...a, ...b })) },
    { weight: 1, arbitrary: fc.tuple(withStranger, chosen).map(([a, b]) => ({ ...a, ...b })) },
    { weight: 1, arbitrary: hostileJson },
  );
}

describe('fuzzing /api/export', () => {
  let app: TestApp;
  let values: ValueArbitraries;
  let before: DatabaseFingerprint;
  const downloads = { get: 0, post: 0 };
  beforeAll(async () => {
    before = await fingerprint();
    app = await startTestApp({ env: FUZZ_APP_ENV });
    values = valueArbitraries(await loadGraphValues(getTestDriver(), inject('neo4j').database));
  });
  afterAll(async () => {
    await app?.close();
  });

  /** A 2xx must be a non-empty download in one of the export media types. */
  function checkDownload(request: FuzzRequest, answer: FuzzAnswer): boolean {
    if (answer.status >= 300) return false;
    if (!DOWNLOAD_TYPES.has(answer.contentType.split(';')[0] ?? '') || answer.text.length === 0) {
      throw new Error(`not a download: ${request.url} → ${answer.contentType} ${answer.text.slice(0, 200)}`);
    }
    return true;
  }

  it(`GET: ${FUZZ_RUNS} generated requests`, async () => {
    await fc.assert(
      fc.asyncProperty(getParams(values), async (params) => {
        const request = { method: 'GET', url: `/api/export${queryString(params)}` };
        if (checkDownload(request, await fuzzOnce(app.url, request, false))) downloads.get++;
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(downloads.get).toBeGreaterThan(0);
  }, 300_000);

  it(`POST: ${FUZZ_RUNS} generated bodies`, async () => {
    await fc.assert(
      fc.asyncProperty(postBody(values), async (body) => {
        const request = {
          method: 'POST',
          url: '/api/export',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        };
        if (checkDownload(request, await fuzzOnce(app.url, request, false))) downloads.post++;
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(downloads.post).toBeGreaterThan(0);
  }, 300_000);

  it('leaves the database exactly as it was, and the server answering', async () => {
    console.log(`[fuzz] /api/export downloads: ${JSON.stringify(downloads)} of ${FUZZ_RUNS} each`);
    expect(await fingerprint()).toEqual(before);
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });
});
