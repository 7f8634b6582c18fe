// Up to k shortest paths between two entities; by default through facts, not through the articles reporting them.
import type { Path } from 'neo4j-driver';
import { formatNodeKey, MAX_PATH_LENGTH, MAX_PATHS, type PathsResponse } from '../../contract/index.ts';
import { cypherFile, integerFragment, labelFragment, relationshipTypesFragment } from '../db/cypher-files.ts';
import { type ReadContext, readQuery } from '../db/read.ts';
import { checkRelationshipTypes, vocabulary } from '../db/vocabulary.ts';
import { invalid, notFound } from '../errors.ts';
import { GraphBuilder } from '../graph/graph-builder.ts';
import { resolvePublicKey } from '../graph/public-keys.ts';
import { visibilityParams } from '../graph/visibility.ts';

const queries = {
  paths: cypherFile(import.meta.url, './queries/shortest-paths.cypher'),
  exist: cypherFile(import.meta.url, './queries/endpoints-exist.cypher'),
};

/** Provenance links: a path through them says "both were in the news", not how the two are related. */
export const PROVENANCE_TYPES = ['REPORTED_IN', 'MENTIONS'];

export interface PathsOptions {
  from: string;
  to: string;
  maxLength: number;
  k: number;
  types: string[];
  avoid: string[];
}

/** Labels to avoid must be labels the database holds: a typo would otherwise avoid nothing, silently. */
async function checkLabels(context: ReadContext, labels: readonly string[]): Promise<string[]> {
  const known = (await vocabulary(context)).labels;
  const unknown = labels.filter((label) => !known.has(label));
  if (unknown.length > 0) throw invalid(`Unknown label(s) to avoid: ${unknown.join(', ')}`, { unknown });
  return [...new Set(labels)].sort();
}

async function walkedTypes(context: ReadContext, types: string[]): Promise<string[]> {
  if (types.length > 0) return checkRelationshipTypes(context, types);
  return [...(await vocabulary(context)).relationshipTypes]
    .filter((type) => !PROVENANCE_TYPES.includes(type))
    .sort();
}

/** The path as node keys, edge keys and, per hop, the relationship's type and whether it points along the path. */
function pathOf(graph: GraphBuilder, path: Path): PathsResponse['paths'][number] {
  const nodes = [graph.addNode(path.start)];
  const edges: string[] = [];
  const steps: PathsResponse['paths'][number]['steps'] = [];
  for (const segment of path.segments) {
    nodes.push(graph.addNode(segment.end));
    const edge = graph.addRelationship(segment.relationship);
    edges.push(edge);
    steps.push({
      edge,
      type: segment.relationship.type,
      direction: segment.relationship.startNodeElementId === segment.start.elementId ? 'forward' : 'backward',
    });
  }
  return { nodes, edges, steps };
}

export async function shortestPaths(context: ReadContext, options: PathsOptions): Promise<PathsResponse> {
  const from = await resolvePublicKey(context, options.from);
  const to = await resolvePublicKey(context, options.to);
  if (from.label === to.label && from.id === to.id) throw invalid('`from` and `to` are the same node.');
  const types = await walkedTypes(context, options.types);
  const avoided = await checkLabels(context, options.avoid);
  const fragments = {
    fromLabel: labelFragment(from.label),
    toLabel: labelFragment(to.label),
    types: relationshipTypesFragment(types),
    maxLength: integerFragment(options.maxLength, 1, MAX_PATH_LENGTH),
    k: integerFragment(options.k, 1, MAX_PATHS),
  };
  const params = { fromId: from.id, toId: to.id };
  const [exists] = await readQuery<{ fromExists: boolean; toExists: boolean }>(
    context,
    queries.exist.fill(fragments),
    params,
  );
  for (const [present, ref] of [
    [exists?.get('fromExists'), from],
    [exists?.get('toExists'), to],
  ] as const) {
    if (!present) throw notFound(`No node has the key "${formatNodeKey(ref.label, ref.id)}".`);
  }
  const graph = new GraphBuilder();
  if (types.length === 0) return { paths: [], graph: graph.toJSON(), types, avoided };
  const records = await readQuery<{ p: Path }>(context, queries.paths.fill(fragments), {
    ...params,
    ...visibilityParams(),
    avoid: avoided,
  });
  const paths = records.map((record) => pathOf(graph, record.get('p')));
  return { paths, graph: graph.toJSON(), types, avoided };
}
