// The property types every export declares before its first node (GraphML keys, GEXF attributes): read from
// Neo4j's schema procedures, which scan the whole graph (17 s at a million relationships on a loaded machine),
// so remembered per database until the next committed write, which a read's bookmark reveals.
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherContext } from '../cypher/user-query.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { readQuery } from '../db/read.ts';
import { isInternalLabel } from '../graph/visibility.ts';
import { type AttributeDecl, attributeTypeOfNeo4j, mergeDeclarations } from './export-graph.ts';
import { EXPORT_TIMEOUT_FACTOR } from './sourcing.ts';

const queries = {
  vocabulary: cypherFile(import.meta.url, './queries/vocabulary.cypher'),
  propertyTypes: cypherFile(import.meta.url, './queries/property-types.cypher'),
  readBookmark: cypherFile(import.meta.url, './queries/read-bookmark.cypher'),
};

export interface DeclaredProperties {
  node: AttributeDecl[];
  edge: AttributeDecl[];
  /** Every public label in use. */
  labels: string[];
}

export interface Vocabulary {
  labels: string[];
  types: string[];
}

export async function freshVocabulary(context: CypherContext): Promise<Vocabulary> {
  const [record] = await readQuery<{ labels: string[]; types: string[] }>(context, queries.vocabulary.fill());
  return {
    labels: (record?.get('labels') ?? []).filter((label) => !isInternalLabel(label)).sort(),
    types: (record?.get('types') ?? []).sort(),
  };
}

async function readDeclarations(context: CypherContext): Promise<DeclaredProperties> {
  const records = await readQuery<{ kind: string; name: string; types: string[] | null }>(
    context,
    queries.propertyTypes.fill(),
    {},
    context.config.cypher.timeoutMs * EXPORT_TIMEOUT_FACTOR,
  );
  const decls = (kind: string) =>
    mergeDeclarations(
      records
        .filter((record) => record.get('kind') === kind)
        .map((record) => ({
          name: record.get('name'),
          type: attributeTypeOfNeo4j(record.get('types') ?? []),
        })),
    ).sort((a, b) => a.name.localeCompare(b.name));
  return { node: decls('node'), edge: decls('edge'), labels: (await freshVocabulary(context)).labels };
}

/** The bookmark of a read just made: it changes with every committed write, and only then. */
async function lastCommitted({ driver, config }: CypherContext): Promise<string> {
  const session = driver.session({ database: config.neo4j.database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run(queries.readBookmark.fill()));
    return session.lastBookmarks().join(',');
  } finally {
    await session.close();
  }
}

/** One entry per driver (a database): the declarations as of one bookmark. */
const remembered = new WeakMap<Driver, { bookmark: string; declared: Promise<DeclaredProperties> }>();

export async function declaredProperties(context: CypherContext): Promise<DeclaredProperties> {
  const bookmark = await lastCommitted(context);
  const entry = remembered.get(context.driver);
  if (bookmark !== '' && entry?.bookmark === bookmark) return entry.declared;
  const declared = readDeclarations(context);
  if (bookmark !== '') remembered.set(context.driver, { bookmark, declared });
  // A failed read is not remembered: the next export asks again.
  declared.catch(() => {
    if (remembered.get(context.driver)?.declared === declared) remembered.delete(context.driver);
  });
  return declared;
}
