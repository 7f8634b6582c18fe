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
  /** The text of the last run, which error and warning positions count in. */
  ranQuery: string | null;
  /** Set when the reader cancelled the last run: how long it had run by then. */
  cancelledAfterMs: number | null;
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
  ranQuery: null,
  cancelledAfterMs: null,
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

/** Where a run's error and warnings point, as offsets in the text that was run. */
export interface PositionedNote {
  offset: number;
  severity: 'error' | 'warning';
  message: string;
}

const positionOf = (details: unknown): { offset: number } | null => {
  if (!details || typeof details !== 'object') return null;
  const position: unknown = Reflect.get(details, 'position');
  if (!position || typeof position !== 'object') return null;
  const offset: unknown = Reflect.get(position, 'offset');
  return typeof offset === 'number' ? { offset } : null;
};

/**
 * The last run's error and warnings that say where they are. The server counts in the text it was sent,
 * trimmed: the leading blanks the editor keeps are added back.
 */
export function positionedNotes(state: CypherState): PositionedNote[] {
  if (state.ranQuery === null) return [];
  const lead = state.ranQuery.length - state.ranQuery.trimStart().length;
  const notes: PositionedNote[] = [];
  const errorAt = state.error && positionOf(state.error.details);
  if (state.error && errorAt) {
    notes.push({ offset: lead + errorAt.offset, severity: 'error', message: state.error.message });
  }
  for (const note of state.result?.summary.notifications ?? []) {
    if (note.position)
      notes.push({
        offset: lead + note.position.offset,
        severity: 'warning',
        message: `${note.title} ${note.description}`,
      });
  }
  return notes;
}
