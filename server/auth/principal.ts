// Who is asking: the principal an authenticated request carries, and the role check write endpoints use.
// `server/auth/authenticate.ts` sets the principal from a bearer token, a session cookie or the admin token;
// this file only reads it, so every feature can guard its endpoints without knowing how sign-in works.
import type { RequestHandler, Response } from 'express';
import { forbidden, unauthorized } from '../errors.ts';

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** The account's name (`User.name`); `admin-token` for ACTORGRAPH_ADMIN_TOKEN. */
  name: string;
  role: Role;
  via: 'token' | 'session' | 'admin-token';
}

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

export function hasRole(principal: Principal | undefined, role: Role): boolean {
  return principal !== undefined && RANK[principal.role] >= RANK[role];
}

/** The authenticated principal of this request, if any. */
export function principalOf(res: Response): Principal | undefined {
  return res.locals.principal as Principal | undefined;
}

export function setPrincipal(res: Response, principal: Principal): void {
  res.locals.principal = principal;
}

/** The principal, or a 401: for handlers behind `requireRole`, where it is always set. */
export function requirePrincipal(res: Response): Principal {
  const principal = principalOf(res);
  if (!principal) throw unauthorized('Sign in, or send "Authorization: Bearer <token>".');
  return principal;
}

/** No credentials: 401; credentials whose role is below `role`: 403. */
export function requireRole(role: Role): RequestHandler {
  return (_req, res, next) => {
    const principal = principalOf(res);
    if (!principal) {
      next(unauthorized('Sign in, or send "Authorization: Bearer <token>".'));
      return;
    }
    if (!hasRole(principal, role)) {
      next(forbidden(`This needs the ${role} role; "${principal.name}" is a ${principal.role}.`, { role }));
      return;
    }
    next();
  };
}
