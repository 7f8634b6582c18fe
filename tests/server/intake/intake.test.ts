// POST /api/articles: a named editor adds drafts from text and HTML; the text is stored verbatim (line endings
// and non-breaking spaces aside), the same text twice is a 409, limits and bad input are 4xx, and a draft is
// invisible to everyone below editor.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_LIMITS } from '../../../contract/index.ts';
import { createTestUser, type TestUser } from '../../support/accounts.ts';
import { rows } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { useTestApp } from '../../support/test-app.ts';
import { type ApiAnswer, expectErrorShape, getJson } from '../api.ts';
import { NORMALISED_TEXT, PAGE_HTML, PAGE_TEXT, RAW_TEXT } from './intake-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read answers loosely and assert on their shape.
async function send<T = any>(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  token?: string,
  body?: unknown,
): Promise<ApiAnswer<T>> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
    },
    ...(method === 'POST'
      ? { body: body instanceof Buffer ? new Uint8Array(body) : JSON.stringify(body) }
      : {}),
  });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('POST /api/articles (intake)', () => {
  const app = useTestApp();
  let editor: TestUser;
  let reader: TestUser;
  let textId = '';

  beforeAll(async () => {
    editor = await createTestUser(app, { name: 'intake-editor', role: 'editor' });
    reader = await createTestUser(app, { name: 'intake-reader', role: 'reader' });
  });
  afterAll(resetToSeedGraph);

  const post = (body: unknown, token: string | undefined = editor.token) =>
    send(app.url, 'POST', '/api/articles', token, body);

  it('stores a text verbatim as a draft, normalising only line endings and non-breaking spaces', async () => {
    const added = await post({
      text: RAW_TEXT,
      title: 'Norway and Ukraine agree on gas',
      published: '2025-03-04',
    });
    expect(added.status).toBe(201);
    const article = added.body.article;
    textId = article.id;
    expect(article.id).toBe(`art_${sha256(NORMALISED_TEXT).slice(0, 16)}`);
    expect(article).toMatchObject({
      status: 'draft',
      text: NORMALISED_TEXT,
      sha256: sha256(NORMALISED_TEXT),
      addedBy: editor.name,
      title: 'Norway and Ukraine agree on gas',
      published: '2025-03-04',
      titleInferred: null,
    });
    expect(Date.parse(article.addedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(added.body.suggestions).toEqual({
      title: null,
      outlet: null,
      byline: null,
      published: null,
      basis: null,
    });

    const [stored] = await rows(
      'MATCH (a:Article {id: $id}) RETURN a.text AS text, a.status AS status, a.addedBy AS addedBy',
      { id: article.id },
    );
    expect(stored).toEqual({ text: NORMALISED_TEXT, status: 'draft', addedBy: editor.name });
    const changes = await rows('MATCH (c:Change {key: $key}) RETURN c.action AS action, c.by AS by', {
      key: `Article:${article.id}`,
    });
    expect(changes).toEqual([{ action: 'added', by: editor.name }]);

    const read = await send(app.url, 'GET', `/api/articles/${article.id}`, editor.token);
    expect(read.status).toBe(200);
    expect(read.body.article.text).toBe(NORMALISED_TEXT);
  });

  it('keeps the draft from anyone below editor: the article is a 404 and search does not find it', async () => {
    expectErrorShape(await getJson(app.url, `/api/articles/${textId}`), 404);
    expectErrorShape(await send(app.url, 'GET', `/api/articles/${textId}`, reader.token), 404);
    for (const token of [undefined, reader.token, editor.token]) {
      const search = await send(app.url, 'GET', `/api/search?q=${encodeURIComponent('Halvorsen')}`, token);
      expect(search.status).toBe(200);
      expect(JSON.stringify(search.body)).not.toContain(textId);
    }
  });

  it('answers 409 duplicate_article with the id for the same normalised text', async () => {
    const again = await post({ text: NORMALISED_TEXT.replace(/\n/g, '\r\n') });
    expectErrorShape(again, 409);
    expect(again.body.error.code).toBe('duplicate_article');
    expect(again.body.error.details.id).toBe(textId);
    const seed = await rows<{ text: string }>(
      "MATCH (a:Article {id: '002_12acf4030be661a4'}) RETURN a.text AS text",
    );
    const seedAgain = await post({ text: String(seed[0]?.text) });
    expect(seedAgain.status).toBe(409);
    expect(seedAgain.body.error.details.id).toBe('002_12acf4030be661a4');
  });

  it('takes an HTML page in: its readable text becomes the article, its metadata suggestions', async () => {
    const added = await post({ html: PAGE_HTML, url: 'https://fjord-courier.example/gas-plan' });
    expect(added.status).toBe(201);
    expect(added.body.article.text).toBe(PAGE_TEXT);
    expect(added.body.suggestions).toMatchObject({
      title: 'Halvorsen and Kyiv agree winter gas plan',
      outlet: 'Fjord Courier',
      byline: 'Per Lund',
      published: '2025-03-04',
    });
    expect(added.body.suggestions.basis).toMatch(/^suggested by the HTML extractor/);
    // Suggestions are stored as inferred values, never as what the article states.
    expect(added.body.article).toMatchObject({
      title: null,
      outlet: null,
      published: null,
      titleInferred: 'Halvorsen and Kyiv agree winter gas plan',
      titleBasis: added.body.suggestions.basis,
      outletInferred: 'Fjord Courier',
      url: 'https://fjord-courier.example/gas-plan',
    });
    const read = await send(app.url, 'GET', `/api/articles/${added.body.article.id}`, editor.token);
    expect(read.body.article.suggestions).toEqual(added.body.suggestions);

    // A fragment, or text with no tags at all, is a page too.
    const fragment = await post({ html: '<p>A fragment about Oslo (intake fixture 1d4e).</p>' });
    expect(fragment.status).toBe(201);
    expect(fragment.body.article.text).toBe('A fragment about Oslo (intake fixture 1d4e).');
    const bare = await post({ html: 'No tags at all (intake fixture 2e5f).' });
    expect(bare.body.article.text).toBe('No tags at all (intake fixture 2e5f).');

    const listed = await send(app.url, 'GET', '/api/articles?status=draft', editor.token);
    expect(listed.status).toBe(200);
    const ids = listed.body.articles.map((a: { id: string }) => a.id);
    expect(ids.slice(0, 4)).toEqual([
      bare.body.article.id,
      fragment.body.article.id,
      added.body.article.id,
      textId,
    ]);
    expect(listed.body.articles[0]).toMatchObject({ addedBy: editor.name, status: 'draft' });
  });

  it('refuses texts and pages over the limits with 413', async () => {
    const long = await post({ text: 'a'.repeat(INTAKE_LIMITS.textChars + 1) });
    expectErrorShape(long, 413);
    expect(long.body.error.code).toBe('too_large');
    const page = await post({ html: `<p>${'b'.repeat(INTAKE_LIMITS.htmlBytes)}</p>` });
    expectErrorShape(page, 413);
    const body = await post({ html: 'c'.repeat(9 * 1024 * 1024) });
    expectErrorShape(body, 413);
  });

  it('refuses bad fields, control characters and broken encodings with 400', async () => {
    for (const bad of [
      {},
      { text: 'x', html: '<p>x</p>' },
      { text: 'A text.', published: '2025-13-01' },
      { text: 'A text.', url: 'javascript:alert(1)' },
      { text: 'A text.', author: 'someone' },
      { text: '   \n ' },
      { text: 'A bell \u0007 rings.' },
      { text: 'Half a pair \ud800 of surrogates.' },
    ]) {
      const answer = await post(bad);
      expectErrorShape(answer, 400);
    }
    // Bytes that are not UTF-8 inside the JSON string: the decoder leaves U+FFFD, which is refused.
    const prefix = Buffer.from('{"text":"Caf', 'utf8');
    const broken = Buffer.concat([prefix, Buffer.from([0xe9]), Buffer.from(' au lait."}', 'utf8')]);
    const encoding = await post(broken);
    expectErrorShape(encoding, 400);
    expect(encoding.body.error.code).toBe('invalid_encoding');
  });

  it('needs an editor: 401 without a token, 403 for a reader, and nothing is stored', async () => {
    const text = 'An article nobody may add (intake auth fixture 51b0).';
    expectErrorShape(await post({ text }, ''), 401);
    // Without credentials the large intake limit does not apply: the app's 256 kb JSON limit does.
    expectErrorShape(await post({ text: 'x'.repeat(300_000) }, ''), 413);
    expectErrorShape(await post({ text }, reader.token), 403);
    expectErrorShape(await send(app.url, 'GET', '/api/articles?status=draft', reader.token), 403);
    expect(await rows('MATCH (a:Article {sha256: $sha}) RETURN a.id AS id', { sha: sha256(text) })).toEqual(
      [],
    );
  });
});
