// Brute force on sign-in: at most MAX_FAILURES failed sign-ins per name within WINDOW_SECONDS, counted in
// the database (SignInAttempt nodes) so every API process sees the same count; more answer 429.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import { integer, readQuery } from '../db/read.ts';
import { writeTransaction } from '../db/write.ts';
import { HttpError } from '../http/errors.ts';
import type { UsersContext } from './users.service.ts';

export const MAX_FAILURES = 5;
export const WINDOW_SECONDS = 15 * 60;

const recentFailures = cypherFile(import.meta.url, './queries/recent-sign-in-failures.cypher');
const recordFailure = cypherFile(import.meta.url, './queries/record-sign-in-failure.cypher');
const clearFailures = cypherFile(import.meta.url, './queries/clear-sign-in-failures.cypher');

/** Names are counted case-folded and bounded, so "Alice" and "alice " share one budget. */
export function attemptName(name: string): string {
  return name.trim().toLowerCase().slice(0, 200);
}

/** Throws 429 (with Retry-After seconds in the details) when the name has used up its failures. */
export async function checkSignInBudget(context: UsersContext, name: string): Promise<void> {
  const records = await readQuery(context, recentFailures.fill(), {
    name: attemptName(name),
    windowSeconds: integer(WINDOW_SECONDS),
  });
  const failures = Number(records[0]?.get('failures') ?? 0);
  if (failures < MAX_FAILURES) return;
  const retryAfterSeconds = Math.max(1, Number(records[0]?.get('retryAfterSeconds') ?? WINDOW_SECONDS));
  throw new HttpError(
    429,
    'sign_in_rate_limited',
    `Too many failed sign-ins for this name; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
    { retryAfterSeconds, maxFailures: MAX_FAILURES, windowSeconds: WINDOW_SECONDS },
  );
}

export async function countSignInFailure(context: UsersContext, name: string): Promise<void> {
  await writeTransaction(context, async (tx) => {
    await tx.run(recordFailure.fill(), { name: attemptName(name), windowSeconds: integer(WINDOW_SECONDS) });
  });
}

/** Inside the transaction that opens the session: a success wipes the name's failures. */
export async function clearSignInFailures(tx: ManagedTransaction, name: string): Promise<void> {
  await tx.run(clearFailures.fill(), { name: attemptName(name) });
}
