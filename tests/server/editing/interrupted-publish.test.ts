// A publish interrupted by the database dying mid-transaction leaves nothing half-published: in a throw-away
// Neo4j, the database process is SIGKILLed from inside the publish transaction (the service's beforeCommit
// seam), restarted on the same data, and the graph is exactly as before; publishing again then succeeds.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalNeo4j } from '../../../scripts/local-neo4j/instance.ts';
import { type AppConfig, loadConfig, type Neo4jConnection } from '../../../server/config.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { recordFact } from '../../../server/editing/facts.service.ts';
import { reviewMention } from '../../../server/editing/mention-review.service.ts';
import { publishArticle } from '../../../server/editing/publish.service.ts';
import { seedDatabase } from '../../../server/seed/seed-loader.ts';
import { fingerprint } from '../../support/database.ts';
import { startLocalTestNeo4j } from '../../support/test-database.ts';
import { mentionId, span, TEST_ARTICLE } from './editing-api.ts';

const ARTICLE_ID = 'art_interrupted0001';
const BY = 'crash-editor';

describe('an interrupted publish', () => {
  let neo4j: { server: LocalNeo4j; connection: Neo4jConnection; remove: () => Promise<void> };
  let driver: ReturnType<typeof createDriver>;
  let config: AppConfig;
  const context = () => ({ driver, config });

  async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
    const { records } = await driver.executeQuery(query, params, { database: 'neo4j' });
    return Number(records[0]?.get('n'));
  }

  beforeAll(async () => {
    neo4j = await startLocalTestNeo4j();
    config = { ...loadConfig({ LOG_LEVEL: 'silent' }), neo4j: neo4j.connection, externalNeo4j: true };
    driver = createDriver(neo4j.connection);
    await seedDatabase(driver, { database: 'neo4j', log: () => {} });
    // The draft as intake leaves it (the intake service is another feature's; its shape is the contract's).
    const sha256 = createHash('sha256').update(TEST_ARTICLE).digest('hex');
    await driver.executeQuery(
      `CREATE (:Article {id: $id, name: 'Draft for the crash test', status: 'draft', text: $text, sha256: $sha256,
         published: date('2025-03-01'), addedBy: $by, addedAt: datetime()})`,
      { id: ARTICLE_ID, text: TEST_ARTICLE, sha256, by: BY },
      { database: 'neo4j' },
    );
  }, 300_000);
  afterAll(async () => {
    await driver?.close();
    await neo4j?.remove();
  });

  it('SIGKILL of Neo4j inside the publish transaction: after a restart nothing is published; a retry publishes all', async () => {
    const text = TEST_ARTICLE;
    const articleId = ARTICLE_ID;
    for (const [words, key] of [
      ['Donald Trump', 'Person:donald-trump'],
      ['Volodymyr Zelenskyy', 'Person:volodymyr-zelenskyy'],
      ['lithium', 'Resource:lithium'],
    ] as const) {
      await reviewMention(context(), {
        articleId,
        mentionId: mentionId(text, words),
        body: { action: 'link', key },
        by: BY,
      });
    }
    const created = await reviewMention(context(), {
      articleId,
      mentionId: mentionId(text, 'Kestrel Analytics'),
      body: { action: 'create', label: 'Organization', name: 'Kestrel Analytics' },
      by: BY,
    });
    const kestrel = String(created.key);
    const sentence = text.split('\n')[2] ?? '';
    const said = '"We are not done yet," Zelenskyy told reporters after the meeting.';
    const meeting = await recordFact(context(), {
      articleId,
      by: BY,
      body: {
        type: 'meeting',
        quote: span(text, sentence),
        attendees: [
          { key: 'Person:donald-trump', attendance: 'attended' },
          { key: 'Person:volodymyr-zelenskyy', attendance: 'attended' },
        ],
        // Two days: publishing writes the meeting's spanDays (1), checked after the publish below.
        dateFrom: '2025-02-27',
        dateTo: '2025-02-28',
        status: 'held',
        asNew: true,
      },
    });
    await recordFact(context(), {
      articleId,
      by: BY,
      body: {
        type: 'statement',
        quote: span(text, said),
        speaker: 'Person:volodymyr-zelenskyy',
        at: meeting.key,
      },
    });
    await recordFact(context(), {
      articleId,
      by: BY,
      body: {
        type: 'claim',
        quote: span(text, text.split('\n')[6] ?? ''),
        claimant: kestrel,
        resources: ['Resource:lithium'],
        text: "Ukraine's lithium deposits could be worth $12bn.",
        kind: 'valuation',
      },
    });
    const staged = await count('MATCH (d:DraftItem {articleId: $articleId}) RETURN count(d) AS n', {
      articleId,
    });
    expect(staged).toBe(8);
    const before = await fingerprint(driver);

    let killed = false;
    const outcome = await publishArticle(
      context(),
      { articleId, by: BY },
      {
        beforeCommit: async () => {
          if (killed) return;
          killed = true;
          // Everything is written but not committed: the kill is real, the JVM dies with the transaction open.
          await neo4j.server.kill();
        },
      },
    ).then(
      () => 'published',
      (error: unknown) => `failed: ${String(error)}`,
    );
    expect(killed).toBe(true);
    expect(outcome).toMatch(/^failed/);

    await driver.close();
    await neo4j.server.start();
    driver = createDriver(neo4j.connection);
    // Recovery replays committed transactions only: the graph is exactly as before the publish.
    expect(await fingerprint(driver)).toEqual(before);
    expect(
      await count("MATCH (a:Article {id: $articleId}) WHERE a.status = 'draft' RETURN count(a) AS n", {
        articleId,
      }),
    ).toBe(1);
    expect(
      await count('MATCH (:Article {id: $articleId})-[m:MENTIONS]->() RETURN count(m) AS n', { articleId }),
    ).toBe(0);
    expect(
      await count('MATCH (f)-[:REPORTED_IN]->(:Article {id: $articleId}) RETURN count(f) AS n', {
        articleId,
      }),
    ).toBe(0);
    expect(await count("MATCH (o:Organization {id: 'kestrel-analytics'}) RETURN count(o) AS n")).toBe(0);
    expect(
      await count('MATCH (d:DraftItem {articleId: $articleId}) RETURN count(d) AS n', { articleId }),
    ).toBe(staged);

    const summary = await publishArticle(context(), { articleId, by: BY });
    expect(summary.entitiesCreated).toEqual([kestrel]);
    expect(summary.factsRecorded).toHaveLength(3);
    expect(summary.mentionsLinked).toBe(4);
    expect(
      await count('MATCH (f)-[:REPORTED_IN]->(:Article {id: $articleId}) RETURN count(f) AS n', {
        articleId,
      }),
    ).toBe(3);
    expect(
      await count('MATCH (d:DraftItem {articleId: $articleId}) RETURN count(d) AS n', { articleId }),
    ).toBe(0);
    expect(
      await count('MATCH (m:Meeting {id: $id}) RETURN m.spanDays AS n', {
        id: meeting.key.replace(/^Meeting:/, ''),
      }),
    ).toBe(1);
  }, 300_000);
});
