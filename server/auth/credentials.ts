// Looks up who a credential belongs to: an API token, a session id, or the configured admin token.
import type { AppConfig } from '../config.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { readQuery } from '../db/read.ts';
import type { Principal, Role } from './principal.ts';
import { csrfTokenOf, sameSecret, sha256Hex } from './secrets.ts';
import type { UsersContext } from './users.service.ts';

const principalByToken = cypherFile(import.meta.url, './queries/principal-by-token.cypher');
const principalBySession = cypherFile(import.meta.url, './queries/principal-by-session.cypher');

export const ADMIN_TOKEN_PRINCIPAL: Principal = { name: 'admin-token', role: 'admin', via: 'admin-token' };

/** The principal of a bearer token (the admin token, or a live user's API token), or undefined. */
export async function principalOfBearer(
  context: UsersContext & { config: AppConfig },
  presented: string,
): Promise<Principal | undefined> {
  const { adminToken } = context.config;
  if (adminToken !== undefined && sameSecret(presented, adminToken)) return ADMIN_TOKEN_PRINCIPAL;
  const records = await readQuery(context, principalByToken.fill(), { tokenHash: sha256Hex(presented) });
  const record = records[0];
  if (!record) return undefined;
  return { name: record.get('name') as string, role: record.get('role') as Role, via: 'token' };
}

export interface SessionPrincipal {
  principal: Principal;
  sessionHash: string;
  csrfToken: string;
  expiresAt: string;
}

/** The principal of an open, unexpired session cookie, with the session's CSRF token. */
export async function principalOfSession(
  context: UsersContext,
  sessionId: string,
): Promise<SessionPrincipal | undefined> {
  const sessionHash = sha256Hex(sessionId);
  const records = await readQuery(context, principalBySession.fill(), { sessionHash });
  const record = records[0];
  if (!record) return undefined;
  return {
    principal: { name: record.get('name') as string, role: record.get('role') as Role, via: 'session' },
    sessionHash,
    csrfToken: csrfTokenOf(sessionId),
    expiresAt: record.get('expiresAt') as string,
  };
}
