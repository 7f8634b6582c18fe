// GET /api/articles/{id}: metadata and the verbatim text, in which the graph's quotes stand.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/local-neo4j/paths.ts';
import { getTestDriver } from '../../support/database.ts';
import { useTestApp } from '../../support/test-app.ts';
import { expectErrorShape, getJson } from '../api.ts';

interface ArticleAnswer {
  article: {
    id: string;
    title: string;
    outlet: string;
    published: string;
    file: string;
    text: string;
    status: string;
    sha256: string;
    addedBy: string;
  };
}

const fold = (text: string): string =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');

describe('GET /api/articles/{id}', () => {
  const app = useTestApp();

  it('gives every article with its verbatim text, loaded from seeds/ into the database by the seed loader', async () => {
    const { records } = await getTestDriver().executeQuery(
      'MATCH (a:Article) RETURN a.id AS id, a.file AS file',
    );
    expect(records.length).toBe(5);
    for (const record of records) {
      const answer = await getJson<ArticleAnswer>(app.url, `/api/articles/${record.get('id')}`);
      expect(answer.status).toBe(200);
      expect(answer.body.article.text).toBe(readFileSync(`${repoRoot}/${record.get('file')}`, 'utf8'));
      expect(answer.body.article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const { text, sha256, status, addedBy } = answer.body.article;
      expect({ status, addedBy }).toEqual({ status: 'published', addedBy: 'seed' });
      expect(sha256).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('holds the quotes of the Trump–Starmer meeting within its text', async () => {
    const { records } = await getTestDriver().executeQuery(
      "MATCH (:Meeting {id: 'meeting-trump-starmer-2025-02-27'})-[r:REPORTED_IN]->(a:Article) RETURN a.id AS id, r.quote AS quote",
    );
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const answer = await getJson<ArticleAnswer>(app.url, `/api/articles/${record.get('id')}`);
      expect(fold(answer.body.article.text)).toContain(fold(String(record.get('quote'))));
    }
  });

  it('answers 404 for an unknown article, also when its id looks like a path out of seeds/', async () => {
    expectErrorShape(await getJson(app.url, '/api/articles/no-such-article'), 404);
    const traversal = await getJson(app.url, `/api/articles/${encodeURIComponent('../../package.json')}`);
    expect(traversal.status).toBe(404);
    expectErrorShape(traversal);
  });
});
