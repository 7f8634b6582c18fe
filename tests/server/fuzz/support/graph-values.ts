// Plausible values taken from the seeded graph (real keys, labels, types, dates), mixed with hostile
// ones, so generated requests reach the database and not only the validators.
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { hostileString, numberLike } from './hostile-values.ts';

export interface GraphValues {
  keys: string[];
  labels: string[];
  types: string[];
  words: string[];
}

export async function loadGraphValues(driver: Driver, database: string): Promise<GraphValues> {
  // A few nodes of every label, so every kind of key (articles, meetings, places…) comes up.
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE n.id IS NOT NULL
     WITH labels(n)[0] AS label, collect(n)[0..8] AS sample
     UNWIND sample AS n
     RETURN collect(label + ':' + n.id) AS keys, collect(coalesce(n.name, n.title, '')) AS names`,
    {},
    { database },
  );
  const labels = await driver.executeQuery(
    'CALL db.labels() YIELD label RETURN collect(label) AS all',
    {},
    { database },
  );
  const types = await driver.executeQuery(
    'CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS all',
    {},
    { database },
  );
  const names: string[] = records[0]?.get('names') ?? [];
  return {
    keys: records[0]?.get('keys') ?? [],
    labels: labels.records[0]?.get('all') ?? [],
    types: types.records[0]?.get('all') ?? [],
    words: [...new Set(names.flatMap((name) => name.split(/\s+/)).filter(Boolean))].slice(0, 60),
  };
}

/** Half plausible, half hostile: plausible values find the deep paths, hostile ones the edges. */
export function mixed(plausible: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof({ weight: 1, arbitrary: plausible }, { weight: 1, arbitrary: hostileString });
}

export function valueArbitraries(values: GraphValues) {
  const key = fc.constantFrom(...values.keys);
  const label = fc.constantFrom(...values.labels);
  const type = fc.constantFrom(...values.types);
  const date = fc.oneof(
    fc
      .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('2025-02-30', '2025-13-01', '0000-00-00', '99999-01-01', '2025-1-1', '2025-02-27T10:00'),
  );
  const list = (item: fc.Arbitrary<string>) =>
    fc.oneof(
      fc.array(item, { minLength: 1, maxLength: 4 }).map((items) => items.join(',')),
      fc.array(item, { minLength: 2, maxLength: 4 }),
    );
  return {
    realKey: key,
    key: mixed(
      fc.oneof(
        key,
        key.map((k) => `${k.split(':')[0]}:${k}`),
        label.map((l) => `${l}:nobody`),
      ),
    ),
    label: mixed(label),
    type: mixed(type),
    date: mixed(date),
    int: fc.oneof(
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 2_100 }).map(String) },
      { weight: 1, arbitrary: numberLike },
    ),
    text: mixed(fc.constantFrom(...values.words)),
    status: mixed(fc.constantFrom('held', 'scheduled', 'proposed', 'cancelled', 'HELD', 'held_x')),
    keys: list(mixed(key)),
    realKeys: list(key),
    labels: list(mixed(label)),
    types: list(mixed(type)),
    statuses: list(mixed(fc.constantFrom('held', 'scheduled', 'proposed', 'cancelled'))),
  };
}

export type ValueArbitraries = ReturnType<typeof valueArbitraries>;
