// UI state of the Cypher console: the text, its parameters, where results go, and the last outcome.
import type { CypherResponse } from '../api/types.ts';
import { createStore } from '../ui/store.ts';

export type ResultTarget = 'merge' | 'replace';

export interface CypherState {
  query: string;
  params: string;
  target: ResultTarget;
  running: boolean;
  result: CypherResponse | null;
  error: { status: number; code: string; message: string; details?: unknown } | null;
  /** When the running query was sent (performance.now()), for the elapsed time shown while it runs. */
  startedAt: number | null;
  /** How long the last run took as the reader waited for it, queueing included. */
  elapsedMs: number | null;
}

/** The console opens empty, with a placeholder: typing never appends to a query the reader did not write. */
const emptyCypher: CypherState = {
  query: '',
  params: '{}',
  target: 'merge',
  running: false,
  result: null,
  error: null,
  startedAt: null,
  elapsedMs: null,
};

export const cypherState = createStore<CypherState>(emptyCypher);

/** Parameters must be a JSON object; anything else is the user's mistake, said before the server is asked. */
export function parseParams(text: string): Record<string, unknown> {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const value: unknown = JSON.parse(trimmed);
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error('Parameters must be a JSON object, e.g. {"id": "donald-trump"}.');
  return value as Record<string, unknown>;
}
