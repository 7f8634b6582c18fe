// Export of a read-only Cypher query: the same run as /api/cypher (guard, READ, timeout) with the export's
// own row limit, only what the public may see, each fact with its sources, and whether it was cut short.
import type { Node } from 'neo4j-driver';
import { EdgeKeys } from '../../contract/index.ts';
import { type CypherContext, runUserQuery } from '../cypher/user-query.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { readQuery } from '../db/read.ts';
import { relationshipKey } from '../graph/model.ts';
import { isPubliclyVisible } from '../graph/visibility.ts';
import {
  type AttributeDecl,
  attributeTypeOf,
  type ExportEdge,
  type ExportGraph,
  type ExportNode,
  exportNode,
  mergeDeclarations,
  NO_SOURCING,
  type Sourcing,
} from './export-graph.ts';
import { evidenceByArticle } from './met-subset.ts';
import { type ExportOptions, sourcingOfRecord } from './sourcing.ts';

const factsByElementId = cypherFile(import.meta.url, './queries/facts-by-element-id.cypher');

function declare(values: Record<string, unknown>[]): AttributeDecl[] {
  return mergeDeclarations(
    values.flatMap((raw) => Object.entries(raw).map(([name, v]) => ({ name, type: attributeTypeOf(v) }))),
  ).sort((a, b) => a.name.localeCompare(b.name));
}

async function nodeSourcing(context: CypherContext, nodes: Node[]): Promise<Map<string, Sourcing>> {
  const records = await readQuery<{ n: Node }>(context, factsByElementId.fill(), {
    ids: nodes.map((node) => node.elementId),
  });
  return new Map(records.map((record) => [record.get('n').elementId, sourcingOfRecord(record)]));
}

/**
 * Bounded by maxRows rather than streamed: a query's nodes and relationships arrive mixed, and the formats
 * need every node before the first edge. The run stops at maxRows + 1 rows, so whether it was cut is known
 * before the first byte goes out.
 */
export async function collectCypherSubgraph(
  context: CypherContext,
  query: string,
  jsonParams: Record<string, unknown>,
  options: ExportOptions,
): Promise<ExportGraph> {
  const config = { ...context.config, cypher: { ...context.config.cypher, maxRows: options.maxRows } };
  const { subgraph, truncated } = await runUserQuery({ ...context, config }, query, jsonParams);
  const visibleNodes = [...subgraph.nodes.values()].filter((node) =>
    isPubliclyVisible({ labels: node.labels, properties: node.properties }),
  );
  const sourcing = await nodeSourcing(context, visibleNodes);
  const keys = new Map<string, string>();
  const nodes: ExportNode[] = [];
  for (const node of visibleNodes) {
    const exported = exportNode(node, sourcing.get(node.elementId) ?? NO_SOURCING);
    if (exported.sourceCount !== null && exported.sourceCount < options.minSources) continue;
    keys.set(node.elementId, exported.key);
    nodes.push(exported);
  }
  const relationships = [...subgraph.relationships.values()].filter(
    (rel) =>
      keys.has(rel.startNodeElementId) &&
      keys.has(rel.endNodeElementId) &&
      isPubliclyVisible({ properties: rel.properties }),
  );
  const articles = await evidenceByArticle(
    context,
    relationships.flatMap((rel) => (Array.isArray(rel.properties.sources) ? rel.properties.sources : [])),
  );
  const edgeKeys = new EdgeKeys();
  const edges: ExportEdge[] = [];
  for (const rel of relationships) {
    const source = keys.get(rel.startNodeElementId) ?? rel.startNodeElementId;
    const target = keys.get(rel.endNodeElementId) ?? rel.endNodeElementId;
    const sources: unknown = rel.properties.sources;
    const evidence = Array.isArray(sources) ? sources.flatMap((id) => articles.get(String(id)) ?? []) : [];
    const sourceCount = Array.isArray(sources) ? evidence.length : null;
    if (sourceCount !== null && sourceCount < options.minSources) continue;
    const key = edgeKeys.next(relationshipKey(rel, source, target));
    edges.push({ key, type: rel.type, source, target, raw: rel.properties, sourceCount, evidence });
  }
  // Parallel relationships next to each other, as the streamed subsets deliver them (the Cypher script needs it).
  edges.sort((x, y) =>
    x.source === y.source
      ? x.target === y.target
        ? x.type.localeCompare(y.type)
        : x.target.localeCompare(y.target)
      : x.source.localeCompare(y.source),
  );
  return {
    subset: 'query',
    undirected: false,
    truncatedAt: truncated ? options.maxRows : null,
    withEvidence: options.withEvidence,
    labels: [...new Set(nodes.flatMap((node) => node.labels))].sort(),
    nodeProperties: declare(nodes.map((node) => node.raw)),
    edgeProperties: declare(edges.map((edge) => edge.raw)),
    nodes: async function* () {
      yield nodes;
    },
    edges: async function* () {
      yield edges;
    },
  };
}
