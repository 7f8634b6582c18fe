// The result cache against the real database: hits carry a strong ETag and answer If-None-Match with 304; a
// write through the product is seen by the next read, in this process and in a second one on the same
// database; a write made beside the product (the bare driver, as cypher-shell would) is noticed; editors
// never read or fill the public cache; with the cache off every answer still comes from the database.
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../support/database.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { waitFor } from '../../support/wait-for.ts';

const ADMIN_TOKEN = `cache-admin-${randomUUID()}`;
const run = randomUUID().slice(0, 8);
const PERSON = `cache-person-${run}`;
const DRAFT = `art_cache_draft_${run}`;
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

async function get(app: TestApp, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}${path}`, { headers });
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    cache: response.headers.get('x-cache'),
    body: text === '' ? undefined : JSON.parse(text),
  };
}

/** A raw GET asking for gzip: node:http hands back the body as sent, not decoded. */
function gzipGet(url: string) {
  return new Promise<{ encoding: unknown; body: Buffer }>((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

async function health(app: TestApp) {
  return (await get(app, '/api/health')).body.cache as Record<string, number | boolean>;
}

describe('the result cache', () => {
  let one: TestApp;
  let two: TestApp;
  let off: TestApp;
  const nodePath = `/api/nodes/Person:${PERSON}`;

  beforeAll(async () => {
    await rows("CREATE (:Person {id: $id, name: 'Cache Probe', addedBy: 'cache-test'})", { id: PERSON });
    await rows(
      `CREATE (:Article {id: $id, title: 'Cache draft', status: 'draft', text: 'A draft only editors read.',
         addedBy: 'cache-test'})`,
      { id: DRAFT },
    );
    [one, two, off] = await Promise.all([
      startTestApp({ env: { ACTORGRAPH_ADMIN_TOKEN: ADMIN_TOKEN } }),
      startTestApp({ env: { ACTORGRAPH_ADMIN_TOKEN: ADMIN_TOKEN } }),
      startTestApp({ env: { ACTORGRAPH_CACHE_MB: '0' } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close(), off?.close()]);
    await rows('MATCH (n) WHERE n.id IN [$person, $draft] DETACH DELETE n', { person: PERSON, draft: DRAFT });
  });

  it('serves a repeated read from memory with the same strong ETag, and 304 for If-None-Match', async () => {
    const first = await get(one, nodePath);
    expect(first.status).toBe(200);
    expect(first.cache).toBe('miss');
    expect(first.etag).toMatch(/^"[\w-]+"$/);
    const second = await get(one, nodePath);
    expect(second).toEqual({ ...first, cache: 'hit' });
    // fetch adds "Cache-Control: no-cache" to a conditional request unless one is given, and Express (rightly)
    // then answers in full; a browser revalidating its cached copy sends no such header.
    const revalidated = await fetch(`${one.url}${nodePath}`, {
      headers: { 'if-none-match': first.etag ?? '', 'cache-control': 'max-age=0' },
    });
    expect(revalidated.status).toBe(304);
    // The same answer has the same tag in another process.
    expect((await get(two, nodePath)).etag).toBe(first.etag);
    const stats = await health(one);
    expect(stats).toMatchObject({ enabled: true });
    expect(stats.hits).toBeGreaterThanOrEqual(2);
    expect(stats.bytes).toBeGreaterThan(0);
    expect(stats.bytes).toBeLessThanOrEqual(stats.maxBytes as number);
  });

  it('sees a write through the product at once, in this process and in another on the same database', async () => {
    expect((await get(one, nodePath)).status).toBe(200);
    expect((await get(two, nodePath)).status).toBe(200);
    const retracted = await fetch(`${one.url}/api/retractions`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ key: `Person:${PERSON}`, reason: 'cache test' }),
    });
    expect(retracted.status).toBe(200);
    expect((await get(one, nodePath)).status).toBe(404);
    expect((await get(two, nodePath)).status).toBe(404);
    await rows(
      'MATCH (p:Person {id: $id}) REMOVE p.retracted, p.retractedBy, p.retractedAt, p.retractionReason',
      {
        id: PERSON,
      },
    );
  });

  it('notices a write made beside the product (the bare driver) on the next read', async () => {
    // Refill both caches, then change the name where no product code runs.
    await waitFor(async () => (await get(one, nodePath)).status === 200, { what: 'the node back' });
    expect((await get(one, nodePath)).cache).toBe('hit');
    await rows("MATCH (p:Person {id: $id}) SET p.name = 'Renamed outside'", { id: PERSON });
    // ACTORGRAPH_CACHE_STALE_MS is 0: the bound is the next request, not a delay.
    for (const app of [one, two]) {
      const answer = await get(app, nodePath);
      expect(answer.cache).toBe('miss');
      expect(JSON.stringify(answer.body)).toContain('Renamed outside');
    }
  });

  it('keeps editors out of the public cache: drafts neither leak out nor public answers in', async () => {
    const before = await health(one);
    const asEditor = await get(one, `/api/articles/${DRAFT}`, admin);
    expect(asEditor.status).toBe(200);
    expect(asEditor.cache).toBe('bypass');
    expect((await get(one, `/api/articles/${DRAFT}`)).status).toBe(404);
    expect((await get(one, `/api/articles/${DRAFT}`, admin)).status).toBe(200);
    // A public answer cached for the node is not what the editor is served either.
    await get(one, nodePath);
    expect((await get(one, nodePath, admin)).cache).toBe('bypass');
    const after = await health(one);
    expect(after.bypassed).toBe((before.bypassed as number) + 3);
    expect(after.entries).toBe(before.entries);
  });

  it('compresses answers once: JSON by the server, exports by their own streaming gzip', async () => {
    const overview = await gzipGet(`${one.url}/api/graph/overview`);
    expect(overview.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(overview.body).toString('utf8')).nodes.length).toBeGreaterThan(0);
    const exported = await gzipGet(`${one.url}/api/export?format=graphml&ego=Person:keir-starmer&depth=1`);
    expect(exported.encoding).toBe('gzip');
    expect(gunzipSync(exported.body).toString('utf8')).toMatch(/^<\?xml/);
  });

  it('answers from the database with the cache off, writes included', async () => {
    const first = await get(off, nodePath);
    expect(first.status).toBe(200);
    expect(first.cache).toBeNull();
    await rows("MATCH (p:Person {id: $id}) SET p.name = 'Renamed again'", { id: PERSON });
    expect(JSON.stringify((await get(off, nodePath)).body)).toContain('Renamed again');
    expect(await health(off)).toMatchObject({ enabled: false, hits: 0, misses: 0, entries: 0 });
  });
});
