// The labels and relationship types the database holds, cached briefly: the whitelist for identifiers.
import { invalid, notFound } from '../errors.ts';
import { cypherFile, labelFragment } from './cypher-files.ts';
import { type NodeRef, parseKey } from './node-key.ts';
import { type ReadContext, readQuery } from './read.ts';

export interface Vocabulary {
  labels: Set<string>;
  relationshipTypes: Set<string>;
}

const queries = {
  labels: cypherFile(import.meta.url, './labels.cypher'),
  types: cypherFile(import.meta.url, './relationship-types.cypher'),
  nodeLookup: cypherFile(import.meta.url, './node-lookup.cypher'),
};

const TTL_MS = 30_000;
const cache = new WeakMap<object, { at: number; value: Promise<Vocabulary> }>();

async function fetchVocabulary(context: ReadContext): Promise<Vocabulary> {
  const labels = await readQuery<{ label: string }>(context, queries.labels.fill());
  const types = await readQuery<{ type: string }>(context, queries.types.fill());
  return {
    labels: new Set(labels.map((record) => record.get('label'))),
    relationshipTypes: new Set(types.map((record) => record.get('type'))),
  };
}

/** One cache per driver, so test apps against different databases never share a whitelist. */
export async function vocabulary(context: ReadContext): Promise<Vocabulary> {
  const cached = cache.get(context.driver);
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  const value = fetchVocabulary(context);
  cache.set(context.driver, { at: Date.now(), value });
  value.catch(() => cache.delete(context.driver));
  return value;
}

/** Parses a wire key and checks its label against the database's labels; unknown → 404. */
export async function resolveKey(context: ReadContext, key: string): Promise<NodeRef> {
  const ref = parseKey(key);
  if (!(await vocabulary(context)).labels.has(ref.label)) {
    throw notFound(`No node has the key "${key}".`, { key, reason: `unknown label ${ref.label}` });
  }
  return ref;
}

/** Relationship types named by a user must exist; an unknown one is a 400 naming it. */
export async function checkRelationshipTypes(
  context: ReadContext,
  types: readonly string[],
): Promise<string[]> {
  const known = (await vocabulary(context)).relationshipTypes;
  const unknown = types.filter((type) => !known.has(type));
  if (unknown.length > 0) {
    throw invalid(`Unknown relationship type(s): ${unknown.join(', ')}`, {
      unknown,
      known: [...known].sort(),
    });
  }
  return [...types];
}

/** A key that names a node, with the element id its label's `id` constraint found it under. */
export interface FoundNode extends NodeRef {
  elementId: string;
}

/**
 * Looks keys up by label, one query per label, each id through that label's uniqueness constraint:
 * the cost grows with the keys asked, not with the graph. The element id of each ref, or undefined.
 */
async function elementIdsOf(context: ReadContext, refs: readonly NodeRef[]): Promise<(string | undefined)[]> {
  const idsByLabel = new Map<string, Set<string>>();
  for (const ref of refs) idsByLabel.set(ref.label, (idsByLabel.get(ref.label) ?? new Set()).add(ref.id));
  const found = new Map<string, Map<string, string>>();
  await Promise.all(
    [...idsByLabel].map(async ([label, ids]) => {
      const query = queries.nodeLookup.fill({ label: labelFragment(label) });
      const records = await readQuery<{ id: string; elementId: string }>(context, query, { ids: [...ids] });
      found.set(label, new Map(records.map((record) => [record.get('id'), record.get('elementId')])));
    }),
  );
  return refs.map((ref) => found.get(ref.label)?.get(ref.id));
}

/** Resolves keys and finds every one: the first unknown key (in the order given) answers 404. */
export async function requireFoundNodes(context: ReadContext, keys: readonly string[]): Promise<FoundNode[]> {
  const refs = await Promise.all(keys.map((key) => resolveKey(context, key)));
  const elementIds = await elementIdsOf(context, refs);
  const unknown = [...new Set(keys.filter((_key, i) => elementIds[i] === undefined))];
  if (unknown.length > 0) throw notFound(`No node has the key "${unknown[0]}".`, { missing: unknown });
  return refs.flatMap((ref, i) => {
    const elementId = elementIds[i];
    return elementId === undefined ? [] : [{ ...ref, elementId }];
  });
}

/** Resolves keys and checks that every one names a node: the first unknown one answers 404. */
export async function requireNodes(context: ReadContext, keys: readonly string[]): Promise<NodeRef[]> {
  return (await requireFoundNodes(context, keys)).map(({ label, id }) => ({ label, id }));
}
