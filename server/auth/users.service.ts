// Accounts: add, list, revoke, change a password, issue a token. Each change is one write transaction that
// also records it in the history; credentials are stored only as hashes and shown once, here, to the caller.
import { type Driver, Neo4jError } from 'neo4j-driver';
import type { AppConfig } from '../config.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { readQuery } from '../db/read.ts';
import { writeTransaction } from '../db/write.ts';
import { conflict, notFound } from '../errors.ts';
import { recordChange } from '../history/record-change.ts';
import { hashPassword } from './passwords.ts';
import type { Role } from './principal.ts';
import { newApiToken, sha256Hex } from './secrets.ts';
import { checkUserName } from './user-names.ts';

const findUser = cypherFile(import.meta.url, './queries/find-user.cypher');
const createUser = cypherFile(import.meta.url, './queries/create-user.cypher');
const createToken = cypherFile(import.meta.url, './queries/create-token.cypher');
const listUsersQuery = cypherFile(import.meta.url, './queries/list-users.cypher');
const revokeUserQuery = cypherFile(import.meta.url, './queries/revoke-user.cypher');
const setPassword = cypherFile(import.meta.url, './queries/set-password.cypher');

export interface UsersContext {
  driver: Driver;
  config: AppConfig;
}

export interface UserSummary {
  name: string;
  role: Role;
  addedBy: string;
  addedAt: string;
  revoked: boolean;
  revokedAt: string | null;
}

const userKey = (name: string): string => `User:${name}`;

/** Adds an account and issues its first API token, answered here once and stored only as a hash. */
export async function addUser(
  context: UsersContext,
  input: { by: string; name: string; role: Role; password?: string },
): Promise<{ name: string; role: Role; token: string }> {
  checkUserName(input.name);
  // Hashing happens before the transaction, which a retry may run again.
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const token = newApiToken();
  const exists = conflict(
    'user_exists',
    `An account named "${input.name}" already exists (revoked ones stay).`,
  );
  await writeTransaction(context, async (tx) => {
    const existing = await tx.run(findUser.fill(), { name: input.name });
    if (existing.records.length > 0) throw exists;
    await tx.run(createUser.fill(), { name: input.name, role: input.role, passwordHash, by: input.by });
    await tx.run(createToken.fill(), { name: input.name, tokenHash: sha256Hex(token), by: input.by });
    await recordChange(tx, {
      by: input.by,
      action: 'user_added',
      key: userKey(input.name),
      detail: { role: input.role, password: passwordHash !== null },
    });
    await recordChange(tx, { by: input.by, action: 'token_issued', key: userKey(input.name) });
  }).catch((error: unknown) => {
    // Two adds of one name at the same instant: the uniqueness constraint stops the second.
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw exists;
    }
    throw error;
  });
  return { name: input.name, role: input.role, token };
}

/** A further API token for a live account (the earlier ones keep working). */
export async function issueToken(
  context: UsersContext,
  input: { by: string; name: string },
): Promise<string> {
  const token = newApiToken();
  await writeTransaction(context, async (tx) => {
    const result = await tx.run(createToken.fill(), {
      name: input.name,
      tokenHash: sha256Hex(token),
      by: input.by,
    });
    if (result.records.length === 0) throw notFound(`No live account named "${input.name}".`);
    await recordChange(tx, { by: input.by, action: 'token_issued', key: userKey(input.name) });
  });
  return token;
}

export async function listUsers(context: UsersContext): Promise<UserSummary[]> {
  const records = await readQuery(context, listUsersQuery.fill());
  return records.map((record) => ({
    name: record.get('name') as string,
    role: record.get('role') as Role,
    addedBy: record.get('addedBy') as string,
    addedAt: record.get('addedAt') as string,
    revoked: record.get('revoked') as boolean,
    revokedAt: (record.get('revokedAt') as string | null) ?? null,
  }));
}

/** Revokes an account with its tokens and sessions; the account stays, marked, and its name is never reused. */
export async function revokeUser(context: UsersContext, input: { by: string; name: string }): Promise<void> {
  await writeTransaction(context, async (tx) => {
    const result = await tx.run(revokeUserQuery.fill(), { name: input.name, by: input.by });
    if (result.records.length === 0) throw notFound(`No live account named "${input.name}".`);
    await recordChange(tx, { by: input.by, action: 'user_revoked', key: userKey(input.name) });
  });
}

/** Sets a new password and ends the account's sessions (its API tokens stay valid). */
export async function changePassword(
  context: UsersContext,
  input: { by: string; name: string; password: string },
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await writeTransaction(context, async (tx) => {
    const result = await tx.run(setPassword.fill(), { name: input.name, passwordHash });
    if (result.records.length === 0) throw notFound(`No live account named "${input.name}".`);
    await recordChange(tx, { by: input.by, action: 'password_changed', key: userKey(input.name) });
  });
}
