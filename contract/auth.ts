// /session: signing in with a name and password (a session cookie plus a CSRF token), who am I, signing out.
import { z } from 'zod';

export const roleSchema = z.enum(['reader', 'editor', 'admin']);

export const signInBody = z
  .object({
    name: z.string().min(1).max(200),
    password: z.string().min(1).max(1_000),
  })
  .strict();

export const sessionUserSchema = z.object({ name: z.string(), role: roleSchema });

export const sessionResponse = z.object({
  /** The signed-in account (by cookie or bearer token), or null. */
  user: sessionUserSchema.nullable(),
  /** Present for a cookie session: send it as `X-CSRF-Token` on every request that is not a GET. */
  csrfToken: z.string().optional(),
  /** When a cookie session ends at the latest (ISO 8601). */
  expiresAt: z.string().optional(),
});

export const signOutResponse = z.object({ signedOut: z.boolean() });

export type SignInBody = z.infer<typeof signInBody>;
export type SessionResponse = z.infer<typeof sessionResponse>;
