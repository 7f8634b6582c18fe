// Runs every ```cypher example in docs/data-model.md against the seed graph: each must run and return rows,
// and none may date facts by `date` alone (dates are ranges: dateFrom, dateTo).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeTestDriver, getTestDriver } from '../support/database.ts';
import { REPO_ROOT } from './support/articles.ts';

const guide = readFileSync(`${REPO_ROOT}docs/data-model.md`, 'utf8');
const examples = [...guide.matchAll(/```cypher\n([\s\S]*?)```/g)].map((match) => (match[1] ?? '').trim());

afterAll(async () => {
  await closeTestDriver();
});

describe('docs/data-model.md', () => {
  it('has at least ten example queries', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it('dates by the ranges: no example sorts or filters on `date` alone', () => {
    // `x.date` is the first day of a range; dateFrom/dateTo (and ap.date of APPROVED, a day) are what to use.
    const onDate = examples.filter((query) => /\b(?!ap\.)\w+\.date\b(?![A-Za-z])/.test(query));
    expect(onDate).toEqual([]);
    expect(examples.filter((query) => /dateFrom/.test(query)).length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((query, index) => [index + 1, query] as const))(
    'example %i runs read-only and returns rows',
    async (_index, query) => {
      // A read session: the guide's examples must not change the graph.
      const session = getTestDriver().session({
        database: inject('neo4j').database,
        defaultAccessMode: 'READ',
      });
      try {
        const result = await session.executeRead((tx) => tx.run(query));
        expect(result.records.length).toBeGreaterThan(0);
      } finally {
        await session.close();
      }
    },
  );
});
