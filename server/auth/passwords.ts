// Password hashing with argon2id (OWASP's minimum parameters: 19 MiB, 2 passes, 1 lane), and a check that
// takes the same time whether or not the account exists.
import argon2 from 'argon2';
import { invalid } from '../errors.ts';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 1_000;

/** Refuses passwords too short to resist guessing, or long enough to make hashing a denial of service. */
export function checkPasswordRules(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw invalid(
      `The password needs at least ${PASSWORD_MIN_LENGTH} characters.`,
      undefined,
      'weak_password',
    );
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw invalid(
      `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`,
      undefined,
      'weak_password',
    );
  }
}

export function hashPassword(password: string): Promise<string> {
  checkPasswordRules(password);
  return argon2.hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * True when `password` matches `hash`. Without a hash (no such user, or an account without a password) it
 * still verifies against a dummy hash, so a wrong name costs as long as a wrong password.
 */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  if (!hash) {
    dummyHash ??= argon2.hash('no account has this password', OPTIONS);
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
