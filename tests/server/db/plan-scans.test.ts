// Unit tests for the plan scan finder the EXPLAIN-every-query test relies on.
import type { Plan } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { scansOf } from './plan-scans.ts';

function op(operatorType: string, detail: string, ...children: Plan[]): Plan {
  return { operatorType: `${operatorType}@neo4j`, arguments: { Details: detail }, identifiers: [], children };
}

const indexed = new Map([
  ['Person', new Set(['id'])],
  ['Meeting', new Set(['id', 'date'])],
]);

describe('scansOf', () => {
  it('finds an AllNodesScan however deep it sits', () => {
    const plan = op(
      'ProduceResults',
      'key',
      op('Apply', '', op('Unwind', '$refs AS ref'), op('AllNodesScan', 'n')),
    );
    expect(scansOf(plan, indexed)).toEqual(['AllNodesScan n']);
  });

  it('finds a label scan filtered on an indexed property, not one filtered on another', () => {
    const filtered = op('Filter', 'm.date >= date($from)', op('NodeByLabelScan', 'm:Meeting'));
    expect(scansOf(filtered, indexed)).toEqual([
      'NodeByLabelScan m:Meeting filtered on indexed Meeting.date',
    ]);
    const cached = op('Filter', 'cache[m.id] = id', op('NodeByLabelScan', 'm:Meeting'));
    expect(scansOf(cached, indexed)).toHaveLength(1);
    const unindexed = op('Filter', 'm.status = $status AND mm.date = 1', op('NodeByLabelScan', 'm:Meeting'));
    expect(scansOf(unindexed, indexed)).toEqual([]);
  });

  it('looks only at the filters right above the scan, and not at IS NULL, which no index answers', () => {
    const sorted = op(
      'Sort',
      '`m.id` ASC',
      op('Projection', 'm.id AS `m.id`', op('NodeByLabelScan', 'm:Meeting')),
    );
    expect(scansOf(sorted, indexed)).toEqual([]);
    const later = op('Filter', 'm.date > $d', op('Distinct', 'm', op('NodeByLabelScan', 'm:Meeting')));
    expect(scansOf(later, indexed)).toEqual([]);
    const undated = op('Filter', '$all AND cache[m.date] IS NULL', op('NodeByLabelScan', 'm:Meeting'));
    expect(scansOf(undated, indexed)).toEqual([]);
    const stacked = op(
      'Filter',
      'm.date > $d',
      op('CacheProperties', 'cache[m.id]', op('NodeByLabelScan', 'm:Meeting')),
    );
    expect(scansOf(stacked, indexed)).toHaveLength(1);
  });

  it('accepts index seeks and count-store reads', () => {
    expect(scansOf(op('NodeUniqueIndexSeek', 'UNIQUE n:Person(id) WHERE id = id'), indexed)).toEqual([]);
    expect(scansOf(op('NodeCountFromCountStore', 'count( (:Person) ) AS count'), indexed)).toEqual([]);
    expect(scansOf(op('NodeByLabelScan', 'n:Person'), indexed)).toEqual([]);
  });

  it('finds all-relationships scans', () => {
    expect(scansOf(op('DirectedAllRelationshipsScan', '(anon_0)-[r]->(anon_1)'), indexed)).toHaveLength(1);
  });
});
