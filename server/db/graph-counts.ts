// Nodes per label and relationships per type from Neo4j's count store: constant time at any graph size.
// The public counts subtract what the public may not see (server/graph/visibility.ts), each part found
// through an index: drafts (Article(status)), retracted nodes (their keys from history, Change(action), then
// each by its label's id constraint), and the product's own labels, whose relationships the count store
// says are almost always none. The cost grows with drafts, retractions and internal state, not the graph.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { INTERNAL_LABELS, isInternalLabel } from '../graph/visibility.ts';
import { cypherFile, labelFragment, relationshipTypesFragment } from './cypher-files.ts';
import { IDENTIFIER, parseKey } from './node-key.ts';

const queries = {
  labels: cypherFile(import.meta.url, './labels.cypher'),
  types: cypherFile(import.meta.url, './relationship-types.cypher'),
  label: cypherFile(import.meta.url, './count-label.cypher'),
  type: cypherFile(import.meta.url, './count-type.cypher'),
  labelByName: cypherFile(import.meta.url, './count-label-by-name.cypher'),
  typeByName: cypherFile(import.meta.url, './count-type-by-name.cypher'),
  drafts: cypherFile(import.meta.url, './visible-counts/draft-articles.cypher'),
  retractedKeys: cypherFile(import.meta.url, './visible-counts/retracted-keys.cypher'),
  retractedOfLabel: cypherFile(import.meta.url, './visible-counts/retracted-of-label.cypher'),
  internalCount: cypherFile(import.meta.url, './visible-counts/internal-relationship-count.cypher'),
  internalRelationships: cypherFile(import.meta.url, './visible-counts/internal-relationships.cypher'),
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

/** Every count, from the count store, in one read transaction. */
async function countAll(tx: ManagedTransaction): Promise<GraphCounts> {
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
}

async function inReadTransaction<T>(
  driver: Driver,
  database: string | undefined,
  timeoutMs: number | undefined,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({
    defaultAccessMode: neo4j.session.READ,
    ...(database ? { database } : {}),
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.executeRead(work, timeoutMs === undefined ? {} : { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}

/** One read transaction: the names in use, then their counts (the driver pipelines the small queries). */
export async function graphCounts(
  driver: Driver,
  database?: string,
  timeoutMs?: number,
): Promise<GraphCounts> {
  return inReadTransaction(driver, database, timeoutMs, countAll);
}

interface Hidden {
  nodes: Record<string, number>;
  /** Relationship element id → type, so one touching two hidden nodes is subtracted once. */
  relationships: Map<string, string>;
}

type HiddenRelationship = { id: string | null; type: string | null };

function addRelationships(hidden: Hidden, found: HiddenRelationship[] | undefined): void {
  for (const { id, type } of found ?? [])
    if (id !== null && type !== null) hidden.relationships.set(id, type);
}

/** Drafts, retracted nodes and what touches internal nodes, each found through an index or the count store. */
async function hiddenParts(tx: ManagedTransaction, labelsInUse: string[]): Promise<Hidden> {
  const hidden: Hidden = { nodes: {}, relationships: new Map() };
  const drafts = (await tx.run(queries.drafts.fill())).records[0];
  hidden.nodes.Article = Number(drafts?.get('nodes') ?? 0);
  addRelationships(hidden, drafts?.get('relationships'));

  const idsByLabel = new Map<string, string[]>();
  for (const record of (await tx.run(queries.retractedKeys.fill())).records) {
    const key = String(record.get('key'));
    const colon = key.indexOf(':');
    if (colon <= 0 || !IDENTIFIER.test(key.slice(0, colon))) continue;
    const { label, id } = parseKey(key);
    if (labelsInUse.includes(label)) idsByLabel.set(label, [...(idsByLabel.get(label) ?? []), id]);
  }
  for (const [label, ids] of idsByLabel) {
    const found = (await tx.run(queries.retractedOfLabel.fill({ label: labelFragment(label) }), { ids }))
      .records[0];
    hidden.nodes[label] = (hidden.nodes[label] ?? 0) + Number(found?.get('nodes') ?? 0);
    addRelationships(hidden, found?.get('relationships'));
  }

  for (const label of INTERNAL_LABELS.filter((name) => labelsInUse.includes(name))) {
    const fill = { label: labelFragment(label) };
    const count = Number((await tx.run(queries.internalCount.fill(fill))).records[0]?.get('count') ?? 0);
    if (count === 0) continue;
    const found = (await tx.run(queries.internalRelationships.fill(fill))).records[0];
    addRelationships(hidden, found?.get('relationships'));
  }
  return hidden;
}

/**
 * The counts the public may see: internal labels left out, drafts and retracted nodes (and every
 * relationship touching them or an internal node) subtracted.
 */
export async function publicGraphCounts(
  driver: Driver,
  database?: string,
  timeoutMs?: number,
): Promise<GraphCounts> {
  return inReadTransaction(driver, database, timeoutMs, async (tx) => {
    const all = await countAll(tx);
    const hidden = await hiddenParts(tx, Object.keys(all.nodes));
    const nodes: Record<string, number> = {};
    for (const [label, count] of Object.entries(all.nodes)) {
      const left = count - (hidden.nodes[label] ?? 0);
      if (!isInternalLabel(label) && left > 0) nodes[label] = left;
    }
    const hiddenByType: Record<string, number> = {};
    for (const type of hidden.relationships.values()) hiddenByType[type] = (hiddenByType[type] ?? 0) + 1;
    const relationships: Record<string, number> = {};
    for (const [type, count] of Object.entries(all.relationships)) {
      const left = count - (hiddenByType[type] ?? 0);
      if (left > 0) relationships[type] = left;
    }
    return { nodes, relationships };
  });
}
