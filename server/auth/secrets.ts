// Random credentials (API tokens, session ids, CSRF tokens), the sha256 they are stored as, and a
// comparison whose time says nothing about where two secrets differ.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new API token: `ag_` and 32 random bytes; the prefix lets secret scanners and people recognise it. */
export function newApiToken(): string {
  return `ag_${randomBytes(32).toString('base64url')}`;
}

/** 32 random bytes, for session ids and CSRF tokens. */
export function newRandomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A session's CSRF token, derived from its id rather than stored: the database (readable in part through the
 * Cypher console) holds nothing a page could send, and without the HttpOnly cookie nobody can compute it.
 */
export function csrfTokenOf(sessionId: string): string {
  return createHash('sha256').update(`actorgraph csrf ${sessionId}`).digest('base64url');
}

/** The only form a token or a session id is stored in: a high-entropy secret needs no slow hash. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Constant-time equality; hashing first gives equal-length buffers whatever the inputs. */
export function sameSecret(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
