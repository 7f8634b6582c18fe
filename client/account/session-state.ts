// Who is signed in: the account and its session's CSRF token, kept in memory only (never in storage).
import type { SessionResponse } from '../api/types.ts';
import { createStore } from '../ui/store.ts';

export interface SessionState {
  user: { name: string; role: 'reader' | 'editor' | 'admin' } | null;
  /** Sent as X-CSRF-Token on every write; a reload asks GET /api/session for it again. */
  csrfToken: string | null;
}

export const anonymous: SessionState = { user: null, csrfToken: null };

export const fromResponse = (answer: SessionResponse): SessionState => ({
  user: answer.user,
  csrfToken: answer.csrfToken ?? null,
});

/** Editors (and admins) see the workbench; readers and anonymous visitors see no editing control. */
export const canEdit = (state: SessionState): boolean =>
  state.user?.role === 'editor' || state.user?.role === 'admin';

export const session = createStore<SessionState>(anonymous);
