// Browser sessions: sign-in checks the password (rate-limited per name), opens a session stored by the
// sha256 of its id (its CSRF token is derived from the id), answers the id once for the cookie; sign-out ends it.
import { cypherFile } from '../db/cypher-files.ts';
import { integer, readQuery } from '../db/read.ts';
import { writeTransaction } from '../db/write.ts';
import { unauthorized } from '../errors.ts';
import { verifyPassword } from './passwords.ts';
import type { Role } from './principal.ts';
import { csrfTokenOf, newRandomSecret, sha256Hex } from './secrets.ts';
import { checkSignInBudget, clearSignInFailures, countSignInFailure } from './sign-in-limit.ts';
import type { UsersContext } from './users.service.ts';

/** A session ends 12 hours after sign-in, however it is used: a working day, then sign in again. */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

const findUser = cypherFile(import.meta.url, './queries/find-user.cypher');
const createSession = cypherFile(import.meta.url, './queries/create-session.cypher');
const endSessionQuery = cypherFile(import.meta.url, './queries/end-session.cypher');

export interface OpenedSession {
  user: { name: string; role: Role };
  /** The secret for the cookie; the database keeps only its sha256. */
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
}

const WRONG = 'The name or the password is wrong.';

export async function signIn(
  context: UsersContext,
  credentials: { name: string; password: string },
): Promise<OpenedSession> {
  await checkSignInBudget(context, credentials.name);
  const records = await readQuery(context, findUser.fill(), { name: credentials.name });
  const record = records[0];
  const live = record !== undefined && record.get('revoked') !== true;
  // Unknown names, revoked accounts and token-only accounts still pay for one hash: the same answer,
  // in about the same time, as a wrong password.
  const hash = live ? (record.get('passwordHash') as string | null) : null;
  const matches = await verifyPassword(hash, credentials.password);
  if (!matches) {
    await countSignInFailure(context, credentials.name);
    throw unauthorized(WRONG);
  }
  const sessionId = newRandomSecret();
  const csrfToken = csrfTokenOf(sessionId);
  const opened = await writeTransaction(context, async (tx) => {
    const result = await tx.run(createSession.fill(), {
      name: credentials.name,
      sessionHash: sha256Hex(sessionId),
      lifetimeSeconds: integer(SESSION_LIFETIME_SECONDS),
    });
    await clearSignInFailures(tx, credentials.name);
    return result.records[0];
  });
  // Revoked between the check and the write.
  if (!opened) throw unauthorized(WRONG);
  return {
    user: { name: opened.get('name') as string, role: opened.get('role') as Role },
    sessionId,
    csrfToken,
    expiresAt: opened.get('expiresAt') as string,
  };
}

/** Ends a session by the hash of its id; answers whether one was open. */
export async function endSession(context: UsersContext, sessionHash: string): Promise<boolean> {
  return writeTransaction(context, async (tx) => {
    const result = await tx.run(endSessionQuery.fill(), { sessionHash });
    return result.records.length > 0;
  });
}
