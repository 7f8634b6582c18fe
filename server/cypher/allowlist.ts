// What user Cypher may call: read-only procedures by exact name, and functions that neither write, run
// other Cypher, nor touch files or the network. Anything not listed here is refused.

/** Procedures whose every effect is a read of this graph or its schema. */
export const READ_ONLY_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.index.fulltext.listAvailableAnalyzers',
  'db.index.vector.queryNodes',
  'db.index.vector.queryRelationships',
  'db.ping',
  'dbms.components',
  // APOC core, vetted one by one: graph walks, schema and statistics; none of them runs Cypher text.
  'apoc.meta.data',
  'apoc.meta.schema',
  'apoc.meta.stats',
  'apoc.meta.graph',
  'apoc.meta.subGraph',
  'apoc.meta.nodeTypeProperties',
  'apoc.meta.relTypeProperties',
  'apoc.path.expand',
  'apoc.path.expandConfig',
  'apoc.path.subgraphNodes',
  'apoc.path.subgraphAll',
  'apoc.path.spanningTree',
  'apoc.neighbors.tohop',
  'apoc.neighbors.tohop.count',
  'apoc.neighbors.byhop',
  'apoc.neighbors.byhop.count',
  'apoc.neighbors.athop',
  'apoc.neighbors.athop.count',
  'apoc.algo.dijkstra',
  'apoc.algo.aStar',
  'apoc.algo.aStarConfig',
  'apoc.algo.allSimplePaths',
  'apoc.algo.cover',
  'apoc.stats.degrees',
  'apoc.coll.zipToRows',
  'apoc.coll.elements',
  'apoc.coll.split',
  'apoc.coll.partition',
  'apoc.coll.pairWithOffset',
  'apoc.schema.nodes',
  'apoc.schema.relationships',
  'apoc.help',
]);

/**
 * User-defined (APOC) function namespaces that only compute on their arguments or read the graph.
 * Left out on purpose: apoc.cypher.* (runs Cypher text, which would slip past the plan check),
 * apoc.create.*, apoc.xml.*, apoc.data.*, apoc.util.* beyond hashing, and anything else unknown.
 */
const READ_ONLY_FUNCTION_PREFIXES = [
  'apoc.agg.',
  'apoc.any.',
  'apoc.bitwise.',
  'apoc.coll.',
  'apoc.convert.',
  'apoc.date.',
  'apoc.diff.',
  'apoc.hashing.',
  'apoc.json.',
  'apoc.label.',
  'apoc.map.',
  'apoc.math.',
  'apoc.meta.cypher.',
  'apoc.node.',
  'apoc.nodes.',
  'apoc.number.',
  'apoc.path.',
  'apoc.rel.',
  'apoc.scoring.',
  'apoc.temporal.',
  'apoc.text.',
];

const READ_ONLY_FUNCTIONS = new Set([
  'apoc.version',
  'apoc.util.md5',
  'apoc.util.sha1',
  'apoc.util.sha256',
  'apoc.util.sha384',
  'apoc.util.sha512',
]);

/** Built-in functions are all pure reads; the set comes from the server itself (SHOW FUNCTIONS). */
export function isAllowedFunction(name: string, builtIns: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  if (builtIns.has(lower)) return true;
  if (READ_ONLY_FUNCTIONS.has(name)) return true;
  return READ_ONLY_FUNCTION_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** SHOW commands that only describe this database's schema and code; SHOW TRANSACTIONS, USERS etc. are not. */
export const ALLOWED_SHOW_OPERATORS: ReadonlySet<string> = new Set([
  'ShowIndexes',
  'ShowConstraints',
  'ShowProcedures',
  'ShowFunctions',
]);
