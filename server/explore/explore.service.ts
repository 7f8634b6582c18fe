// Exploration reads: counts, schema, the overview graph, one node with its evidence, and its neighbours.
import type { Node, Relationship } from 'neo4j-driver';
import {
  type Evidence,
  formatNodeKey,
  type NeighboursResponse,
  type NodeDetails,
  type SerializedGraph,
  type Stats,
} from '../../contract/index.ts';
import { cypherFile, integerFragment, labelFragment, relationshipTypesFragment } from '../db/cypher-files.ts';
import { publicGraphCounts } from '../db/graph-counts.ts';
import { integer, type ReadContext, readQuery } from '../db/read.ts';
import { propertiesToJson, textOf } from '../db/to-json.ts';
import { checkRelationshipTypes } from '../db/vocabulary.ts';
import { notFound } from '../errors.ts';
import { articleRef } from '../graph/evidence.ts';
import { GraphBuilder } from '../graph/graph-builder.ts';
import { nodeData, nodeKey, nodeRef, relationshipKey } from '../graph/model.ts';
import { resolvePublicKey } from '../graph/public-keys.ts';
import { sourceCountOf } from '../graph/source-count.ts';
import { INTERNAL_PROPERTIES, isInternalLabel, visibilityParams } from '../graph/visibility.ts';

const queries = {
  schema: cypherFile(import.meta.url, './queries/schema.cypher'),
  overview: cypherFile(import.meta.url, './queries/overview.cypher'),
  node: cypherFile(import.meta.url, './queries/node.cypher'),
  relations: cypherFile(import.meta.url, './queries/node-relations.cypher'),
  neighbours: cypherFile(import.meta.url, './queries/neighbours.cypher'),
};

const MAX_RELATIONS = 500;

export async function stats({ driver, config }: ReadContext): Promise<Stats> {
  const counts = await publicGraphCounts(driver, config.neo4j.database, config.cypher.timeoutMs);
  return { labels: counts.nodes, relationshipTypes: counts.relationships };
}

export async function schemaSummary(context: ReadContext) {
  const [record] = await readQuery<{ labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }>(
    context,
    queries.schema.fill(),
  );
  const sorted = (values: string[] | undefined) => [...(values ?? [])].sort();
  // The product's own labels and secret property names are no part of the public graph's vocabulary.
  const internalProperties = new Set<string>(INTERNAL_PROPERTIES);
  return {
    labels: sorted(record?.get('labels')).filter((label) => !isInternalLabel(label)),
    relationshipTypes: sorted(record?.get('relationshipTypes')),
    propertyKeys: sorted(record?.get('propertyKeys')).filter((key) => !internalProperties.has(key)),
  };
}

export async function overview(context: ReadContext, limit: number): Promise<SerializedGraph> {
  const records = await readQuery<{ node: Node; relationships: Relationship[]; sourceCount: unknown }>(
    context,
    queries.overview.fill(),
    { ...visibilityParams(), limit: integer(limit) },
  );
  const graph = new GraphBuilder();
  for (const record of records) graph.addNode(record.get('node'), sourceCountOf(record.get('sourceCount')));
  for (const record of records) for (const rel of record.get('relationships')) graph.addRelationship(rel);
  return graph.toJSON();
}

export async function nodeDetail(context: ReadContext, key: string): Promise<NodeDetails> {
  const ref = await resolvePublicKey(context, key);
  const fragments = { label: labelFragment(ref.label) };
  const [record] = await readQuery<{
    node: Node;
    reported: { article: Node; quote: unknown }[];
    mentioning: Node[];
    sourceCount: unknown;
  }>(context, queries.node.fill(fragments), { ...visibilityParams(), id: ref.id });
  if (!record) throw notFound(`No node has the key "${key}".`, { key });
  const node = record.get('node');
  const evidence: Evidence[] = record
    .get('reported')
    .map((item) => ({ article: articleRef(item.article), quote: textOf(item.quote) }));
  const reportedIds = new Set(evidence.map((item) => item.article.id));
  for (const article of record.get('mentioning')) {
    const ref2 = articleRef(article);
    if (!reportedIds.has(ref2.id)) evidence.push({ article: ref2, quote: null });
  }
  evidence.sort(
    (a, b) =>
      (a.article.published ?? '').localeCompare(b.article.published ?? '') ||
      a.article.id.localeCompare(b.article.id),
  );

  const relations = await readQuery<{
    relationship: Relationship;
    other: Node;
    outgoing: boolean;
    sourceCount: unknown;
  }>(context, queries.relations.fill(fragments), {
    ...visibilityParams(),
    id: ref.id,
    limit: integer(MAX_RELATIONS),
  });
  const selfKey = nodeKey(node);
  const sourceCount = sourceCountOf(record.get('sourceCount'));
  return {
    node: { key: selfKey, attributes: { ...nodeData(node), ...sourceCount } },
    ...sourceCount,
    evidence,
    relations: relations.map((r) => {
      const rel = r.get('relationship');
      const other = r.get('other');
      const otherKey = nodeKey(other);
      const outgoing = r.get('outgoing');
      const [source, target] = outgoing ? [selfKey, otherKey] : [otherKey, selfKey];
      return {
        key: relationshipKey(rel, source, target),
        type: rel.type,
        direction: outgoing ? ('out' as const) : ('in' as const),
        other: { ...nodeRef(other), ...sourceCountOf(r.get('sourceCount')) },
        attributes: { relType: rel.type, properties: propertiesToJson(rel.properties) },
      };
    }),
  };
}

export async function neighbours(
  context: ReadContext,
  key: string,
  options: { depth: number; types: string[]; limit: number },
): Promise<NeighboursResponse> {
  const ref = await resolvePublicKey(context, key);
  const types = await checkRelationshipTypes(context, options.types);
  const [record] = await readQuery<{
    center: Node;
    kept: Node[];
    leftOutVia: string[];
    relationships: Relationship[];
    facts: { elementId: string; sourceCount: unknown }[];
  }>(
    context,
    queries.neighbours.fill({
      label: labelFragment(ref.label),
      types: relationshipTypesFragment(types),
      depth: integerFragment(options.depth, 1, 3),
    }),
    { ...visibilityParams(), id: ref.id, limit: integer(options.limit) },
  );
  if (!record) throw notFound(`No node has the key "${formatNodeKey(ref.label, ref.id)}".`, { key });
  const counts = new Map(record.get('facts').map((fact) => [fact.elementId, fact.sourceCount]));
  const graph = new GraphBuilder();
  for (const node of [record.get('center'), ...record.get('kept')]) {
    graph.addNode(node, sourceCountOf(counts.get(node.elementId)));
  }
  for (const rel of record.get('relationships')) graph.addRelationship(rel);
  const byType: Record<string, number> = {};
  for (const type of record.get('leftOutVia')) byType[type] = (byType[type] ?? 0) + 1;
  return { graph: graph.toJSON(), leftOut: { total: record.get('leftOutVia').length, byType } };
}
