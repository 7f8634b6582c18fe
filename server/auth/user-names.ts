// What an account may be called: short, lower-case, safe in logs and URLs, and never one of the names the
// product itself writes into `addedBy` (the seed, the admin token, the command line).
import { invalid } from '../errors.ts';

export const USER_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/** `addedBy` of the seed data, the principal of ACTORGRAPH_ADMIN_TOKEN, and the users CLI's own name. */
export const RESERVED_NAMES = new Set(['seed', 'admin-token', 'cli', 'anonymous', 'system']);

export function checkUserName(name: string): void {
  if (!USER_NAME_PATTERN.test(name)) {
    throw invalid(
      `"${name.slice(0, 80)}" is not a valid account name: 2-63 characters, a-z, 0-9, ".", "_" or "-", starting with a letter or digit.`,
      undefined,
      'invalid_user_name',
    );
  }
  if (RESERVED_NAMES.has(name)) {
    throw invalid(`"${name}" is reserved; choose another account name.`, undefined, 'invalid_user_name');
  }
}
