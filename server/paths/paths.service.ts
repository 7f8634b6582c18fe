// Up to k shortest paths between two entities; by default through facts, not through the articles reporting them.
import type { Path } from 'neo4j-driver';
import { formatNodeKey, MAX_PATH_LENGTH, MAX_PATHS, type PathsResponse } from '../../contract/index.ts';
import { isTransactionTimeout } from '../db/classify-error.ts';
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

export interface PathsOptions {
  from: string;
  to: string;
  maxLength: number;
  k: number;
  types: string[];
  avoid: string[];
}

/**
 * The search for k paths has this share of the read time limit to answer. Past the shortest length a search
 * between two hubs can explode: at 1M relationships, the 3 shortest paths between two well-connected people (two
 * of length 2, the third of length 4) took 1.75M db hits and 22 s, the first two 12k. When the share is up, the
 * rest of the limit goes to the paths of the shortest length alone (a search that stops at that length), and the
 * answer says when longer ones may be missing.
 */
const K_SEARCH_SHARE = 0.4;

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
  if (types.length === 0) return { paths: [], graph: graph.toJSON(), types, avoided, complete: true };
  const search = (selector: string, timeoutMs?: number) =>
    readQuery<{ p: Path }>(
      context,
      queries.paths.fill({ ...fragments, selector }),
      { ...params, ...visibilityParams(), avoid: avoided, limit: integer(options.k) },
      timeoutMs,
    );
  const { records, fellBack } = await withinShare(
    context.config.cypher.timeoutMs,
    options.k > 1,
    (timeoutMs) => search(`SHORTEST ${integerFragment(options.k, 1, MAX_PATHS)}`, timeoutMs),
    (timeoutMs) => search('ALL SHORTEST', timeoutMs),
  );
  const paths = records.map((record) => pathOf(graph, record.get('p')));
  // The paths of the shortest length are the k shortest when there are k of them, and none means no path at
  // all within the hop limit: either way nothing is missing. Only between the two may longer ones exist.
  const complete = !fellBack || paths.length === 0 || paths.length >= options.k;
  return { paths, graph: graph.toJSON(), types, avoided, complete };
}

/** What the full search gives when its share of the time limit is up before it has answered. */
const SHARE_UP = Symbol('share up');

/**
 * `full`, and when `shortest` can stand in for it (k > 1) and `full` has not answered within its share of the
 * time limit, `shortest` within what is left. The share is both `full`'s own limit in Neo4j (which stops it,
 * sooner or later) and a timer here: a StatefulShortestPath search checks its limit seldom (a search given 1 s
 * ran 29 s before it stopped), so the answer does not wait for it to stop.
 */
async function withinShare<T>(
  limitMs: number,
  mayFallBack: boolean,
  full: (timeoutMs: number) => Promise<T>,
  shortest: (timeoutMs: number) => Promise<T>,
): Promise<{ records: T; fellBack: boolean }> {
  if (!mayFallBack) return { records: await full(limitMs), fellBack: false };
  const shareMs = Math.ceil(limitMs * K_SEARCH_SHARE);
  let timer: NodeJS.Timeout | undefined;
  const shareUp = new Promise<typeof SHARE_UP>((resolve) => {
    timer = setTimeout(() => resolve(SHARE_UP), shareMs);
  });
  const fullSearch = full(shareMs).catch((error: unknown): typeof SHARE_UP => {
    if (isTransactionTimeout(error)) return SHARE_UP;
    throw error;
  });
  const first = await Promise.race([fullSearch, shareUp]).finally(() => clearTimeout(timer));
  if (first !== SHARE_UP) return { records: first, fellBack: false };
  // Its answer is no longer wanted, nor its failure.
  fullSearch.catch(() => undefined);
  return { records: await shortest(limitMs - shareMs), fellBack: true };
}
