// Who met whom as an export: the API's projection (graph/met.ts, called, not re-derived), undirected, its
// people and pairs filtered by the visibility rules, each pair with the published articles behind it.
import type { Node } from 'neo4j-driver';
import type { CypherContext } from '../cypher/user-query.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { readQuery } from '../db/read.ts';
import { type MetFilter, metPairs } from '../graph/met.ts';
import { isPubliclyVisible } from '../graph/visibility.ts';
import type { DeclaredProperties } from './declared-properties.ts';
import {
  type AttributeDecl,
  type Evidence,
  type ExportGraph,
  evidenceOf,
  exportNode,
} from './export-graph.ts';
import { EXPORT_TIMEOUT_FACTOR, type ExportOptions } from './sourcing.ts';

const articlesById = cypherFile(import.meta.url, './queries/articles-by-id.cypher');

const MET_EDGE_PROPERTIES: AttributeDecl[] = [
  { name: 'weight', type: 'long' },
  { name: 'meetings', type: 'list' },
  { name: 'statuses', type: 'list' },
  { name: 'firstDate', type: 'string' },
  { name: 'lastDate', type: 'string' },
  { name: 'sources', type: 'list' },
];

/** Published, unretracted articles by id, as evidence: every other id names a hidden or missing article. */
export async function evidenceByArticle(
  context: CypherContext,
  ids: Iterable<string>,
): Promise<Map<string, Evidence>> {
  const records = await readQuery<{ evidence: unknown }>(context, articlesById.fill(), {
    ids: [...new Set(ids)],
  });
  const found = new Map<string, Evidence>();
  for (const evidence of evidenceOf(records.map((record) => record.get('evidence')))) {
    found.set(evidence.article, evidence);
  }
  return found;
}

function articleIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The pairs are the answer (bounded by the people who met), so they are read once, whole. */
export async function metGraph(
  context: CypherContext,
  filter: MetFilter,
  decls: DeclaredProperties,
  options: ExportOptions,
): Promise<ExportGraph> {
  const timeout = context.config.cypher.timeoutMs * EXPORT_TIMEOUT_FACTOR;
  const visible = (node: Node) => isPubliclyVisible({ labels: node.labels, properties: node.properties });
  const pairs = (await metPairs(context, filter, timeout)).filter(
    (pair) => visible(pair.a) && visible(pair.b),
  );
  const articles = await evidenceByArticle(
    context,
    pairs.flatMap((pair) => articleIds(pair.properties.sources)),
  );
  const edges = pairs
    .map((pair) => {
      const evidence = articleIds(pair.properties.sources).flatMap((id) => articles.get(id) ?? []);
      return {
        key: pair.key,
        type: 'MET',
        source: pair.source,
        target: pair.target,
        raw: pair.properties,
        sourceCount: evidence.length,
        evidence,
      };
    })
    .filter((edge) => edge.sourceCount >= options.minSources);
  const people = new Map<string, Node>();
  for (const pair of pairs) {
    people.set(pair.source, pair.a);
    people.set(pair.target, pair.b);
  }
  const kept = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  return {
    subset: 'who-met-whom',
    undirected: true,
    truncatedAt: null,
    withEvidence: options.withEvidence,
    labels: ['Person'],
    nodeProperties: decls.node,
    edgeProperties: MET_EDGE_PROPERTIES,
    nodes: async function* () {
      yield [...kept].sort().flatMap((key) => {
        const person = people.get(key);
        return person ? [exportNode(person)] : [];
      });
    },
    edges: async function* () {
      yield edges;
    },
  };
}
