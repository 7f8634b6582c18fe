// Keys a public read accepts: those of the public graph only. A key with an internal label (User, Change,
// DraftItem, ...) names nothing the public may see, so it answers 404 like an unknown key, before any query.
import type { NodeRef } from '../db/node-key.ts';
import { parseKey } from '../db/node-key.ts';
import type { ReadContext } from '../db/read.ts';
import { type FoundNode, requireFoundNodes, requireNodes, resolveKey } from '../db/vocabulary.ts';
import { notFound } from '../errors.ts';
import { isInternalLabel } from './visibility.ts';

function refuseInternal(key: string): void {
  if (isInternalLabel(parseKey(key).label)) throw notFound(`No node has the key "${key}".`, { key });
}

/** `resolveKey` for public reads: a malformed, unknown or internal label answers 404. */
export async function resolvePublicKey(context: ReadContext, key: string): Promise<NodeRef> {
  refuseInternal(key);
  return resolveKey(context, key);
}

/** `requireNodes` for public reads: every key must name a node of the public graph. */
export async function requirePublicNodes(context: ReadContext, keys: readonly string[]): Promise<NodeRef[]> {
  for (const key of keys) refuseInternal(key);
  return requireNodes(context, keys);
}

/** `requireFoundNodes` for public reads: with each node's element id, so a query can start from the node. */
export async function requirePublicFoundNodes(
  context: ReadContext,
  keys: readonly string[],
): Promise<FoundNode[]> {
  for (const key of keys) refuseInternal(key);
  return requireFoundNodes(context, keys);
}
