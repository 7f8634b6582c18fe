// Refuses user Cypher that names the product's own state: an internal label (User, Session, Change, ...) or
// a secret property (passwordHash, tokenHash, ...), written as a name, a quoted name, a string literal or a
// parameter value. Exact case for names (Cypher's labels and properties are case-sensitive); any case for
// strings, which a query could compare after toLower(). The results filter (visible-results.ts) still drops
// every hidden node a query returns without naming it; docs/security.md says what neither can stop.
import { INTERNAL_LABELS, INTERNAL_PROPERTIES } from '../graph/visibility.ts';
import { refused } from './cypher-guard.ts';
import { tokenize } from './cypher-lexer.ts';

const INTERNAL_NAMES: readonly string[] = [...INTERNAL_LABELS, ...INTERNAL_PROPERTIES];
const exact = new Set(INTERNAL_NAMES);
const anyCase = new Set(INTERNAL_NAMES.map((name) => name.toLowerCase()));

function unquote(literal: string): string {
  return literal.slice(1, literal.endsWith(literal[0] ?? '') && literal.length > 1 ? -1 : undefined);
}

function refuse(name: string, where: string): never {
  throw refused({
    reason: `${where} names "${name}", which is part of the product's own state (accounts, sessions, history, drafts), not of the public graph`,
    name,
  });
}

function checkValue(value: unknown): void {
  if (typeof value === 'string') {
    if (anyCase.has(value.trim().toLowerCase())) refuse(value, 'a parameter');
  } else if (Array.isArray(value)) for (const item of value) checkValue(item);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (anyCase.has(key.toLowerCase())) refuse(key, 'a parameter');
      checkValue(inner);
    }
  }
}

/** Throws a 400 query_refused when the query or its parameters name an internal label or property. */
export function checkInternalNames(query: string, params: Record<string, unknown> = {}): void {
  for (const token of tokenize(query)) {
    if (token.kind === 'name' && exact.has(token.text)) refuse(token.text, 'the query');
    if (token.kind === 'string' && anyCase.has(unquote(token.text).trim().toLowerCase())) {
      refuse(unquote(token.text), 'a string in the query');
    }
  }
  checkValue(params);
}
