// Nodes per label and relationships per type from Neo4j's count store: constant time at any graph size.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypherFile, labelFragment, relationshipTypesFragment } from './cypher-files.ts';
import { IDENTIFIER } from './node-key.ts';

const queries = {
  labels: cypherFile(import.meta.url, './labels.cypher'),
  types: cypherFile(import.meta.url, './relationship-types.cypher'),
  label: cypherFile(import.meta.url, './count-label.cypher'),
  type: cypherFile(import.meta.url, './count-type.cypher'),
  labelByName: cypherFile(import.meta.url, './count-label-by-name.cypher'),
  typeByName: cypherFile(import.meta.url, './count-type-by-name.cypher'),
};

export interface GraphCounts {
  /** Nodes per label, in label order; a node with two labels counts under both. */
  nodes: Record<string, number>;
  /** Relationships per type, in type order. */
  relationships: Record<string, number>;
}

async function names(tx: ManagedTransaction, query: string, column: string): Promise<string[]> {
  const result = await tx.run(query);
  return result.records.map((record) => String(record.get(column))).sort();
}

/** A count store read per name; a name that is no plain identifier falls back to a parameterised scan. */
async function countEach(
  tx: ManagedTransaction,
  all: string[],
  byCountStore: (name: string) => string,
  byName: { query: string; param: string },
): Promise<Record<string, number>> {
  const counts = await Promise.all(
    all.map(async (name) => {
      const result = IDENTIFIER.test(name)
        ? await tx.run(byCountStore(name))
        : await tx.run(byName.query, { [byName.param]: name });
      return [name, Number(result.records[0]?.get('count') ?? 0)] as const;
    }),
  );
  // The token store keeps names whose last node or relationship is gone; the old counting scan never saw them.
  return Object.fromEntries(counts.filter(([, count]) => count > 0));
}

/** One read transaction: the names in use, then their counts (the driver pipelines the small queries). */
export async function graphCounts(
  driver: Driver,
  database?: string,
  timeoutMs?: number,
): Promise<GraphCounts> {
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    ...(database ? { database } : {}),
  });
  try {
    return await session.executeRead(
      async (tx) => {
        const [labels, types] = [
          await names(tx, queries.labels.fill(), 'label'),
          await names(tx, queries.types.fill(), 'type'),
        ];
        return {
          nodes: await countEach(tx, labels, (label) => queries.label.fill({ label: labelFragment(label) }), {
            query: queries.labelByName.fill(),
            param: 'label',
          }),
          relationships: await countEach(
            tx,
            types,
            (type) => queries.type.fill({ types: relationshipTypesFragment([type]) }),
            {
              query: queries.typeByName.fill(),
              param: 'type',
            },
          ),
        };
      },
      timeoutMs === undefined ? {} : { timeout: timeoutMs },
    );
  } finally {
    await session.close();
  }
}
