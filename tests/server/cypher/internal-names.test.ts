// checkInternalNames: user Cypher that names the product's own labels or secret properties is refused, in
// names, quoted names, strings and parameters; the same words inside comments, or other spellings of a
// name (Cypher compares names by exact case), pass.
import { describe, expect, it } from 'vitest';
import { checkInternalNames } from '../../../server/cypher/internal-names.ts';
import { DomainError } from '../../../server/errors.ts';

function refusal(query: string, params: Record<string, unknown> = {}): string | undefined {
  try {
    checkInternalNames(query, params);
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('checkInternalNames', () => {
  it.each([
    'MATCH (u:User) RETURN u',
    'MATCH (n:`Session`) RETURN n',
    'MATCH (n) RETURN n.passwordHash',
    "MATCH (n) RETURN n['tokenHash']",
    "MATCH (n) WHERE 'changE' IN [l IN labels(n) | toLower(l)] RETURN n",
    'MATCH (n:Person)<-[:FOR]-(:ApiToken) RETURN n',
    'MATCH (d:DraftItem) RETURN count(d)',
  ])('refuses %s', (query) => {
    expect(refusal(query)).toBe('query_refused');
  });

  it('refuses an internal name given as a parameter value or map key', () => {
    expect(refusal('MATCH (n) WHERE $l IN labels(n) RETURN n', { l: 'User' })).toBe('query_refused');
    expect(refusal('RETURN $m', { m: { csrfToken: 1 } })).toBe('query_refused');
  });

  it.each([
    'MATCH (p:Person) RETURN p.name',
    '// the User label is not named here\nMATCH (m:Meeting) RETURN m',
    'MATCH (user:Person) RETURN user',
    "MATCH (s:Statement) WHERE s.text CONTAINS 'end users' RETURN s",
  ])('lets %s pass', (query) => {
    expect(refusal(query)).toBeUndefined();
  });
});
