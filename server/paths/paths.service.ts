// Shortest paths between two entities; by default through facts, not through the articles reporting them.
import type { Path } from 'neo4j-driver';
import { formatNodeKey, MAX_PATH_LENGTH, type PathsResponse } from '../../contract/index.ts';
import { cypherFile, integerFragment, labelFragment, relationshipTypesFragment } from '../db/cypher-files.ts';
import { integer, type ReadContext, readQuery } from '../db/read.ts';
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

export async function shortestPaths(
  context: ReadContext,
  options: { from: string; to: string; maxLength: number; types: string[]; limit: number },
): Promise<PathsResponse> {
  const from = await resolvePublicKey(context, options.from);
  const to = await resolvePublicKey(context, options.to);
  if (from.label === to.label && from.id === to.id) throw invalid('`from` and `to` are the same node.');
  const types =
    options.types.length > 0
      ? await checkRelationshipTypes(context, options.types)
      : [...(await vocabulary(context)).relationshipTypes]
          .filter((type) => !PROVENANCE_TYPES.includes(type))
          .sort();
  const fragments = {
    fromLabel: labelFragment(from.label),
    toLabel: labelFragment(to.label),
    types: relationshipTypesFragment(types),
    maxLength: integerFragment(options.maxLength, 1, MAX_PATH_LENGTH),
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
  if (types.length === 0) return { paths: [], graph: graph.toJSON(), types };
  const records = await readQuery<{ p: Path }>(context, queries.paths.fill(fragments), {
    ...params,
    ...visibilityParams(),
    limit: integer(options.limit),
  });
  const paths = records.map((record) => {
    const path = record.get('p');
    const nodes = [graph.addNode(path.start)];
    const edges: string[] = [];
    for (const segment of path.segments) {
      nodes.push(graph.addNode(segment.end));
      edges.push(graph.addRelationship(segment.relationship));
    }
    return { nodes, edges };
  });
  return { paths, graph: graph.toJSON(), types };
}
