// The result cache against the real database: hits carry a strong ETag and answer If-None-Match with 304; a
// write through the product is seen by the next read, in this process and in a second one on the same
// database; a write made beside the product (the bare driver, as cypher-shell would) is noticed, by a hit's
// check and by a miss answered before any check, whose answer is kept only if nothing committed around it;
// while writes keep coming, no check is paid in front of a read; answers a write made stale are let go at once;
// editors never read or fill the public cache; with the cache off every answer still comes from the database.
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
const OTHER = `cache-other-${run}`;
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

/**
 * Reads until the answer comes from memory. An answer read without a check is kept only if nothing committed
 * since the process's last check (the other apps' start-up writes, a test's own writes): up to two misses.
 */
function readUntilHit(app: TestApp, path: string) {
  return waitFor(
    async () => {
      const answer = await get(app, path);
      return answer.cache === 'hit' && answer;
    },
    { what: `a hit for ${path}` },
  );
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
    await rows("UNWIND $ids AS id CREATE (:Person {id: id, name: 'Cache Probe', addedBy: 'cache-test'})", {
      ids: [PERSON, OTHER],
    });
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
    await rows('MATCH (n) WHERE n.id IN [$person, $other, $draft] DETACH DELETE n', {
      person: PERSON,
      other: OTHER,
      draft: DRAFT,
    });
  });

  it('serves a repeated read from memory with the same strong ETag, and 304 for If-None-Match', async () => {
    const first = await get(one, nodePath);
    expect(first.status).toBe(200);
    expect(first.cache).toBe('miss');
    expect(first.etag).toMatch(/^"[\w-]+"$/);
    const second = await readUntilHit(one, nodePath);
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

  it('keeps who-met-whom, whose JSON is sent as the bytes it was written in, as it keeps other answers', async () => {
    const path = '/api/who-met-whom?from=2025-01-01&to=2025-12-31';
    const first = await get(one, path);
    expect(first.status).toBe(200);
    expect(first.cache).toBe('miss');
    expect(first.etag).toMatch(/^"[\w-]+"$/);
    expect(first.body.graph.edges.length).toBeGreaterThan(0);
    expect(await readUntilHit(one, path)).toEqual({ ...first, cache: 'hit' });
    expect((await get(two, path)).etag).toBe(first.etag);
    // Without the cache: the same answer, with Express's own (weak) ETag.
    const uncached = await get(off, path);
    expect(uncached.body).toEqual(first.body);
    expect(uncached.etag).toMatch(/^W\//);
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
    await readUntilHit(one, nodePath);
    await rows("MATCH (p:Person {id: $id}) SET p.name = 'Renamed outside'", { id: PERSON });
    // ACTORGRAPH_CACHE_STALE_MS is 0: the bound is the next request, not a delay.
    for (const app of [one, two]) {
      const answer = await get(app, nodePath);
      expect(answer.cache).toBe('miss');
      expect(JSON.stringify(answer.body)).toContain('Renamed outside');
    }
    // Once a check finds the graph still again, reads are hits again, and new.
    const again = await readUntilHit(one, nodePath);
    expect(JSON.stringify(again.body)).toContain('Renamed outside');
  });

  it('while writes keep coming, reads what it holds at once instead of checking in front', async () => {
    await readUntilHit(one, nodePath);
    const before = await health(one);
    for (const round of [1, 2, 3]) {
      await rows('MATCH (p:Person {id: $id}) SET p.name = $name', { id: PERSON, name: `Burst ${round}` });
      const answer = await get(one, nodePath);
      expect(answer.cache).toBe('miss');
      expect(JSON.stringify(answer.body)).toContain(`Burst ${round}`);
    }
    // Only the first read after the quiet spell checked in front (a hit was possible, and that check found
    // the change); the second, whose key was held under the version that check found, went straight to the
    // database because the graph had just been seen changing.
    expect((await health(one)).checkedFirst).toBe((before.checkedFirst as number) + 1);
    // Quiet again: a check after a read finds the graph still, and hits come back.
    expect(JSON.stringify((await readUntilHit(one, nodePath)).body)).toContain('Burst 3');
  });

  it('lets go of every answer an outside write made stale as soon as a check sees it', async () => {
    const otherPath = `/api/nodes/Person:${OTHER}`;
    await readUntilHit(one, nodePath);
    await readUntilHit(one, otherPath);
    expect((await health(one)).entries).toBeGreaterThanOrEqual(2);
    await rows("MATCH (p:Person {id: $id}) SET p.name = 'Stale for the cache'", { id: OTHER });
    // The read's check in front finds the new version: nothing read under the old one may stay, and only
    // this read's answer, read under the new one, is kept.
    const fresh = await get(one, nodePath);
    expect(fresh.cache).toBe('miss');
    await waitFor(async () => (await health(one)).entries === 1, { what: 'stale answers dropped' });
    expect((await readUntilHit(one, nodePath)).body).toEqual(fresh.body);
  });

  it('answers a likely miss before any check, and keeps it only if nothing committed between the checks around it', async () => {
    const otherPath = `/api/nodes/Person:${OTHER}`;
    // A hit confirms this process knows the current version (its last check saw the graph as it is).
    await readUntilHit(one, nodePath);
    // A commit the process has not seen: the next answer for a key it does not hold is read at once, with no
    // check in front, and must already show it; the check after it sees the commit, so it is not kept.
    await rows("MATCH (p:Person {id: $id}) SET p.name = 'Renamed before the read'", { id: OTHER });
    const unchecked = await get(one, otherPath);
    expect(unchecked.cache).toBe('miss');
    expect(JSON.stringify(unchecked.body)).toContain('Renamed before the read');
    const next = await get(one, otherPath);
    expect(next.cache).toBe('miss');
    expect(next.body).toEqual(unchecked.body);
    // With nothing committed since, an answer is kept and served, still the new one.
    expect((await readUntilHit(one, otherPath)).body).toEqual(unchecked.body);
  });

  it('keeps editors out of the public cache: drafts neither leak out nor public answers in', async () => {
    // A public answer cached for the node, which the editor must not be served either.
    await readUntilHit(one, nodePath);
    const before = await health(one);
    const asEditor = await get(one, `/api/articles/${DRAFT}`, admin);
    expect(asEditor.status).toBe(200);
    expect(asEditor.cache).toBe('bypass');
    expect((await get(one, `/api/articles/${DRAFT}`)).status).toBe(404);
    expect((await get(one, `/api/articles/${DRAFT}`, admin)).status).toBe(200);
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
