// The labels and relationship types the database holds, cached briefly: the whitelist for identifiers.
import { badRequest, notFound } from '../http/errors.ts';
import { cypherFile } from './cypher-files.ts';
import { type NodeRef, parseKey } from './node-key.ts';
import { type ReadContext, readQuery } from './read.ts';

export interface Vocabulary {
  labels: Set<string>;
  relationshipTypes: Set<string>;
}

const TTL_MS = 30_000;
const cache = new WeakMap<object, { at: number; value: Promise<Vocabulary> }>();

async function fetchVocabulary(context: ReadContext): Promise<Vocabulary> {
  const labels = await readQuery<{ label: string }>(context, 'CALL db.labels() YIELD label RETURN label');
  const types = await readQuery<{ type: string }>(
    context,
    'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type',
  );
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
    throw badRequest(`Unknown relationship type(s): ${unknown.join(', ')}`, {
      unknown,
      known: [...known].sort(),
    });
  }
  return [...types];
}

const missingKeysQuery = cypherFile(import.meta.url, './missing-keys.cypher');

/** Resolves keys and checks that every one names a node: the first unknown one answers 404. */
export async function requireNodes(context: ReadContext, keys: readonly string[]): Promise<NodeRef[]> {
  const refs = await Promise.all(keys.map((key) => resolveKey(context, key)));
  if (refs.length === 0) return refs;
  const missing = await readQuery<{ key: string }>(context, missingKeysQuery.fill(), { refs });
  if (missing.length > 0) {
    const unknown = missing.map((record) => record.get('key'));
    throw notFound(`No node has the key "${unknown[0]}".`, { missing: unknown });
  }
  return refs;
}
