// The loader's filled queries against the real database: each one plans, and finds nodes through the id constraint.
import type { Plan } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { LABELS, NODE_SPECS, RELATIONSHIP_SPECS } from '../../loader/model.ts';
import {
  countLabelQuery,
  countTypeQuery,
  createNodesQuery,
  createRelationshipsQuery,
  existingIdsQuery,
  mergeNodesQuery,
  mergeRelationshipsQuery,
} from '../../loader/queries.ts';
import { closeTestDriver, getTestDriver } from '../support/database.ts';

/** Operator names of a plan tree, without the `@neo4j` suffix. */
function operators(plan: Plan): string[] {
  return [plan.operatorType.split('@')[0] ?? '', ...plan.children.flatMap(operators)];
}

async function explain(query: string): Promise<string[]> {
  const result = await getTestDriver().executeQuery(`EXPLAIN ${query}`, {}, { database: 'neo4j' });
  const plan = result.summary.plan;
  if (plan === false) throw new Error('EXPLAIN returned no plan');
  return operators(plan);
}

const nodeQueries = LABELS.flatMap((label) => [
  [`existing ids of ${label}`, existingIdsQuery(label)],
  [`merge ${label} nodes`, mergeNodesQuery(label)],
]);
const relationshipQueries = RELATIONSHIP_SPECS.flatMap((spec) =>
  spec.from.flatMap((from) =>
    spec.to.flatMap((to) => [
      [`merge ${from}-${spec.type}->${to}`, mergeRelationshipsQuery(spec.type, from, to)],
      [`create ${from}-${spec.type}->${to}`, createRelationshipsQuery(spec.type, from, to)],
    ]),
  ),
);
const createNodeQueries = LABELS.map((label) => [`create ${label} nodes`, createNodesQuery(label)]);

describe('the loader queries', () => {
  afterAll(closeTestDriver);

  it.each([...nodeQueries, ...relationshipQueries])(
    '%s plans with index seeks only',
    async (_name, query) => {
      expect(query).not.toMatch(/\{\{\w+\}\}/);
      const found = await explain(query ?? '');
      expect(found.some((operator) => operator.includes('IndexSeek'))).toBe(true);
      expect(found).not.toContain('AllNodesScan');
      expect(found).not.toContain('NodeByLabelScan');
    },
  );

  // An Eager would hold a whole batch's rows before writing any (`SET r += row.props` planned one).
  it.each([...nodeQueries, ...createNodeQueries, ...relationshipQueries])(
    '%s holds no Eager',
    async (_name, query) => {
      expect(await explain(query ?? '')).not.toContain('Eager');
    },
  );

  it('names every property of the model in the CREATE and MERGE maps', () => {
    for (const spec of NODE_SPECS) {
      for (const { name } of spec.properties)
        expect(createNodesQuery(spec.label)).toContain(`${name}: row.${name}`);
    }
    for (const spec of RELATIONSHIP_SPECS) {
      const [from = '', to = ''] = [spec.from[0], spec.to[0]];
      for (const { name } of spec.properties) {
        expect(createRelationshipsQuery(spec.type, from, to)).toContain(`${name}: row.${name}`);
        expect(mergeRelationshipsQuery(spec.type, from, to)).toContain(`r.${name} = row.${name}`);
        expect(mergeRelationshipsQuery(spec.type, from, to)).toContain(`coalesce(row.${name}, r.${name})`);
      }
    }
  });

  it('counts a label or a type from the count store', async () => {
    expect(await explain(countLabelQuery('Person'))).toContain('NodeCountFromCountStore');
    expect(await explain(countTypeQuery('ATTENDED'))).toContain('RelationshipCountFromCountStore');
  });

  it('refuses a label or type that is not in the model', () => {
    expect(() => mergeNodesQuery('Person`) DETACH DELETE (n')).toThrow(/not a label of the model/);
    expect(() => existingIdsQuery('Unicorn')).toThrow(/not a label of the model/);
    expect(() => mergeRelationshipsQuery('LIKES', 'Person', 'Person')).toThrow(/not a relationship type/);
    expect(() => mergeRelationshipsQuery('ATTENDED', 'Person', 'Unicorn')).toThrow(
      /not a label of the model/,
    );
  });

  it('fills the slots with backtick-quoted identifiers', () => {
    expect(mergeRelationshipsQuery('ATTENDED', 'Person', 'Meeting')).toContain(
      'MERGE (a)-[r:`ATTENDED`]->(b)',
    );
    expect(mergeNodesQuery('Person')).toContain('MERGE (n:`Person` {id: row.id})');
  });
});
