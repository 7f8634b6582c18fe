// Query parameters from JSON to driver values: whole numbers become Cypher integers (so `LIMIT $n` works),
// everything else keeps its JSON meaning (the contract's cypherParamsSchema has refused anything else).
import neo4j from 'neo4j-driver';

export function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toDriverValue(inner)]));
  }
  return value;
}

export function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  return toDriverValue(params) as Record<string, unknown>;
}
