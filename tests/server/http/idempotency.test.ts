// Idempotency-Key on POSTs, through intake (a real write): a retry replays the stored answer instead of
// writing twice; another request under the same key is refused; a failed request frees its key; keys are
// scoped by the principal; a key still pending answers 409; stored answers expire after 24 hours.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopedKey } from '../../../server/http/idempotency.ts';
import { bearer, createTestUser, type TestUser } from '../../support/accounts.ts';
import { rows } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { useTestApp } from '../../support/test-app.ts';
import { expectErrorShape } from '../api.ts';

const app = useTestApp();
let editor: TestUser;
let other: TestUser;

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and assert on their shape.
  body: any;
  headers: Headers;
}

async function post(path: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

const article = (words: string) => ({
  text: `Idempotency test ${randomUUID()}: ${words}. The foreign ministers met in Geneva on Friday.`,
  title: 'An idempotency test article',
});

async function articlesWithText(text: string): Promise<number> {
  const found = await rows<{ n: { toNumber(): number } }>(
    'MATCH (a:Article) WHERE a.text = $text RETURN count(a) AS n',
    { text },
  );
  return found[0]?.n.toNumber() ?? 0;
}

beforeAll(async () => {
  editor = await createTestUser(app, { name: 'idem-editor', role: 'editor' });
  other = await createTestUser(app, { name: 'idem-other', role: 'editor' });
});

afterAll(resetToSeedGraph);

describe('Idempotency-Key', () => {
  it('replays the stored answer to a retry with the same key, and writes once', async () => {
    const body = article('retried');
    const headers = { ...bearer(editor), 'idempotency-key': `k-${randomUUID()}` };
    const first = await post('/api/articles', body, headers);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const retry = await post('/api/articles', body, headers);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await articlesWithText(body.text)).toBe(1);
    // Without the key the same request runs again, and intake refuses the text it already has.
    const again = await post('/api/articles', body, bearer(editor));
    expectErrorShape(again, 409);
    expect(again.body.error.code).toBe('duplicate_article');
  });

  it('refuses the same key for a different request with 422 idempotency_key_reused', async () => {
    const headers = { ...bearer(editor), 'idempotency-key': `k-${randomUUID()}` };
    expect((await post('/api/articles', article('first'), headers)).status).toBe(201);
    const reused = await post('/api/articles', article('second'), headers);
    expectErrorShape(reused, 422);
    expect(reused.body.error.code).toBe('idempotency_key_reused');
  });

  it('frees the key of a request that failed, so the corrected request runs', async () => {
    const headers = { ...bearer(editor), 'idempotency-key': `k-${randomUUID()}` };
    const bad = await post('/api/articles', { text: 42 }, headers);
    expectErrorShape(bad, 400);
    const corrected = article('corrected');
    const good = await post('/api/articles', corrected, headers);
    expect(good.status).toBe(201);
    expect(good.headers.get('idempotent-replayed')).toBeNull();
    expect(await articlesWithText(corrected.text)).toBe(1);
  });

  it('scopes keys by the principal: another editor with the same key runs its own request', async () => {
    const key = `k-${randomUUID()}`;
    const body = article('scoped');
    expect((await post('/api/articles', body, { ...bearer(editor), 'idempotency-key': key })).status).toBe(
      201,
    );
    const theirs = await post('/api/articles', body, { ...bearer(other), 'idempotency-key': key });
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expectErrorShape(theirs, 409);
    expect(theirs.body.error.code).toBe('duplicate_article');
  });

  it('answers 409 request_in_progress while the first request with the key is still pending', async () => {
    const key = `k-${randomUUID()}`;
    const body = article('in progress');
    const headers = { ...bearer(editor), 'idempotency-key': key };
    const stored = scopedKey(editor.name, 'POST', '/api/articles', key);
    // Run it once to learn its request hash, then put the claim back to pending as if it were still running.
    expect((await post('/api/articles', body, headers)).status).toBe(201);
    await rows(`MATCH (r:IdempotentRequest {key: $key}) SET r.state = 'pending' REMOVE r.status, r.body`, {
      key: stored,
    });
    const answer = await post('/api/articles', body, headers);
    expectErrorShape(answer, 409);
    expect(answer.body.error.code).toBe('request_in_progress');
  });

  it('forgets stored answers after 24 hours: the request then runs again', async () => {
    const key = `k-${randomUUID()}`;
    const body = article('expired');
    const headers = { ...bearer(editor), 'idempotency-key': key };
    expect((await post('/api/articles', body, headers)).status).toBe(201);
    await rows(`MATCH (r:IdempotentRequest {key: $key}) SET r.createdAt = datetime() - duration('PT25H')`, {
      key: scopedKey(editor.name, 'POST', '/api/articles', key),
    });
    const late = await post('/api/articles', body, headers);
    expect(late.headers.get('idempotent-replayed')).toBeNull();
    expect(late.body.error.code).toBe('duplicate_article');
  });

  it('works without a principal too (the read-only Cypher console), and refuses a malformed key', async () => {
    const headers = { 'idempotency-key': `k-${randomUUID()}` };
    const query = { query: 'RETURN randomUUID() AS id' };
    const first = await post('/api/cypher', query, headers);
    expect(first.status).toBe(200);
    const retry = await post('/api/cypher', query, headers);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const malformed = await post('/api/cypher', query, { 'idempotency-key': 'schlüssel mit leerzeichen' });
    expectErrorShape(malformed, 400);
    expect(malformed.body.error.code).toBe('invalid_idempotency_key');
  });
});
