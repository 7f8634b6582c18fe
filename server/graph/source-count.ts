// sourceCount on the wire: the number of distinct visible articles reporting a fact, computed by each query
// (../shared/SCHEMA.md, Extensions v2); a node that is no fact carries none.
import { toJson } from '../db/to-json.ts';

/** `{sourceCount}` for a fact (the query answered a number), `{}` for anything else (it answered null). */
export function sourceCountOf(value: unknown): { sourceCount?: number } {
  const count = toJson(value);
  return typeof count === 'number' ? { sourceCount: count } : {};
}

/** The count a query answered for a fact; 0 when it answered nothing. */
export function countOf(value: unknown): number {
  const count = toJson(value);
  return typeof count === 'number' ? count : 0;
}
