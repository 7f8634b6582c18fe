// What the console says about the last run: running (with the time so far), cancelled, the server's refusal
// or error (where it is; a timeout says both the server's limit and how long the reader waited), the
// planner's warnings, or rows, a table and its downloads.
import type { CypherSummary } from '../api/types.ts';
import { h } from '../ui/dom.ts';
import type { CypherState } from './cypher-state.ts';
import { downloadButtons } from './results-download.ts';
import { resultsTable } from './results-table.ts';

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The server's limit from the error's details, else from its message ("… limit of 10000 ms …"). */
function limitMs(error: NonNullable<CypherState['error']>): number | null {
  const details = error.details;
  if (details && typeof details === 'object') {
    const value: unknown = Reflect.get(details, 'timeoutMs');
    if (typeof value === 'number') return value;
  }
  const match = /(\d[\d,]*)\s*ms/.exec(error.message);
  return match?.[1] ? Number(match[1].replace(/,/g, '')) : null;
}

/** A timeout told truthfully: the server's limit is for running; the reader's wait may include the queue. */
export function timeoutText(error: NonNullable<CypherState['error']>, elapsedMs: number | null): string {
  const limit = limitMs(error);
  const parts = [
    limit !== null
      ? `The server stopped the query when it had run for its limit of ${seconds(limit)}.`
      : 'The server stopped the query at its time limit.',
  ];
  if (elapsedMs !== null) {
    parts.push(`You waited ${seconds(elapsedMs)} in all`);
    if (limit !== null && elapsedMs > limit + 1000)
      parts[1] += `, of which ${seconds(elapsedMs - limit)} before it could start (other queries ran first)`;
    parts[1] += '.';
  }
  parts.push('Narrow the query (a label, a LIMIT, fewer hops) and run it again.');
  return parts.join(' ');
}

const where = (position: { line: number; column: number } | null | undefined): string =>
  position ? ` (line ${position.line}, column ${position.column})` : '';

/** The planner's notifications (unknown label, cartesian product…): warnings first, then hints. */
function notifications(summary: CypherSummary): HTMLElement[] {
  const sorted = [...summary.notifications].sort(
    (a, b) => Number(b.severity === 'WARNING') - Number(a.severity === 'WARNING'),
  );
  return sorted.map((note) =>
    h(
      'div',
      {
        class: `cypher-notification ${note.severity === 'WARNING' ? 'warning' : 'hint'}`,
        role: 'status',
        'data-code': note.code,
      },
      h(
        'strong',
        {},
        `${note.severity === 'WARNING' ? 'Warning' : 'Hint'}${where(note.position)}: ${note.title}`,
      ),
      h('p', {}, note.description),
    ),
  );
}

const at = (position: { line: number; column: number } | null): string =>
  position ? ` at line ${position.line}, column ${position.column}` : '';

/** An error's place in the text, from its details, when the server said where. */
function errorPosition(details: unknown): { line: number; column: number } | null {
  if (!details || typeof details !== 'object') return null;
  const position: unknown = Reflect.get(details, 'position');
  if (!position || typeof position !== 'object') return null;
  const line: unknown = Reflect.get(position, 'line');
  const column: unknown = Reflect.get(position, 'column');
  return typeof line === 'number' && typeof column === 'number' ? { line, column } : null;
}

function errorView(error: NonNullable<CypherState['error']>, elapsedMs: number | null): HTMLElement {
  const kind =
    error.code === 'query_timeout'
      ? 'Timed out'
      : error.code === 'query_refused'
        ? 'Refused by the server'
        : 'Error';
  return h(
    'div',
    { class: 'error', role: 'alert', id: 'cypher-error', 'data-code': error.code },
    h(
      'strong',
      {},
      `${kind}${at(errorPosition(error.details))} (${error.code}${error.status ? `, HTTP ${error.status}` : ''})`,
    ),
    h('p', {}, error.code === 'query_timeout' ? timeoutText(error, elapsedMs) : error.message),
  );
}

export function outcome(state: CypherState): HTMLElement[] {
  if (state.running) return [h('p', { class: 'muted', id: 'cypher-elapsed' }, 'Running… 0.0 s')];
  if (state.cancelledAfterMs !== null)
    return [
      h(
        'p',
        { class: 'muted', id: 'cypher-cancelled', role: 'status' },
        `Cancelled after ${seconds(state.cancelledAfterMs)}; the server stops the query.`,
      ),
    ];
  if (state.error) return [errorView(state.error, state.elapsedMs)];
  const result = state.result;
  if (!result)
    return [
      h(
        'p',
        { class: 'muted' },
        'Write a query or pick an example, then Run (Ctrl+Enter). Graph results go into the view; every result is listed here.',
      ),
    ];
  const { summary } = result;
  const waited = state.elapsedMs !== null ? ` (${seconds(state.elapsedMs)} with the round trip)` : '';
  const parts: (HTMLElement | null)[] = [
    h(
      'div',
      { class: 'summary-line' },
      h(
        'p',
        { class: 'summary', id: 'cypher-summary' },
        `${summary.rowCount} row(s) in ${summary.timeMs} ms${waited} · ${result.graph.nodes.length} nodes, ${result.graph.edges.length} relationships in the view`,
      ),
      downloadButtons(result),
    ),
    ...notifications(summary),
    summary.truncated
      ? h(
          'p',
          { class: 'warning', role: 'status', id: 'cypher-truncated' },
          `Results were cut at ${summary.rowCount} rows by the server's limit: add LIMIT or narrow the query.`,
        )
      : null,
    h('div', { class: 'table-wrap' }, resultsTable(result.columns, result.rows)),
  ];
  return parts.filter((element): element is HTMLElement => element !== null);
}
