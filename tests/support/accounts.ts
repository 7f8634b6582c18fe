// Test accounts made through the product's own service code (not raw Cypher): a real User with a real API
// token, so tests write as a named editor and `addedBy` is that name.
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Role } from '../../server/auth/principal.ts';
import { addUser } from '../../server/auth/users.service.ts';
import type { AppConfig } from '../../server/config.ts';

export interface TestUser {
  name: string;
  role: Role;
  /** The API token, for `Authorization: Bearer <token>`. */
  token: string;
  /** Set when the account was given one (for sign-in tests). */
  password?: string;
}

/**
 * Adds an account with the given role and answers its API token. Names get a unique suffix unless
 * `exactName` is set, so files and tests never collide; resetToSeedGraph() removes the accounts again.
 */
export async function createTestUser(
  app: { driver: Driver; config: AppConfig },
  options: { name: string; role: Role; password?: string; exactName?: boolean },
): Promise<TestUser> {
  const name = options.exactName ? options.name : `${options.name}-${randomUUID().slice(0, 8)}`;
  const created = await addUser(app, {
    by: 'test-setup',
    name,
    role: options.role,
    ...(options.password === undefined ? {} : { password: options.password }),
  });
  return {
    name: created.name,
    role: created.role,
    token: created.token,
    ...(options.password === undefined ? {} : { password: options.password }),
  };
}

/** Headers of a JSON request sent as this user. */
export function bearer(user: { token: string }): Record<string, string> {
  return { authorization: `Bearer ${user.token}` };
}
