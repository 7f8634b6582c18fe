// Node keys on the wire (`Label:id`): parsing, formatting, and the one label a node is known by.
import { formatNodeKey } from '../../contract/index.ts';
import { notFound } from '../errors.ts';

export interface NodeRef {
  label: string;
  id: string;
}

/** Labels and relationship types that may be spliced into Cypher as identifiers once checked. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Splits `Label:id` at the first colon (ids may hold colons, labels may not). A key that is not of
 * that shape names no node, so it answers 404 like any unknown key.
 */
export function parseKey(key: string): NodeRef {
  const colon = key.indexOf(':');
  const label = colon > 0 ? key.slice(0, colon) : '';
  const id = colon > 0 ? key.slice(colon + 1) : '';
  if (!IDENTIFIER.test(label) || id.length === 0) {
    throw notFound(`No node has the key "${key}".`, { key, expected: 'Label:id, e.g. Person:donald-trump' });
  }
  return { label, id };
}

/** Nodes carry one label in this model; should one carry several, the first in sorted order names it. */
export function primaryLabel(labels: readonly string[]): string {
  // One label is the rule's common case, asked for both ends of every exported relationship: no copy to sort.
  if (labels.length === 1) return labels[0] as string;
  return [...labels].sort()[0] ?? 'Node';
}

/** A node's `id`; a node without one (made up by a user's Cypher) is known by its element id. */
export function nodeIdOf(id: unknown, elementId: string): string {
  return typeof id === 'string' && id !== '' ? id : elementId;
}

/** The key of a node given its labels and `id`. */
export function keyOf(labels: readonly string[], id: unknown, elementId: string): string {
  return formatNodeKey(primaryLabel(labels), nodeIdOf(id, elementId));
}

/** Backtick-quotes an identifier that already passed IDENTIFIER, so it cannot break out of the query. */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a safe identifier: ${name}`);
  return `\`${name}\``;
}
