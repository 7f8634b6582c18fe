// What the console says about the last run: running, the server's refusal or error, or rows and a table.
import { h } from '../ui/dom.ts';
import type { CypherState } from './cypher-state.ts';
import { resultsTable } from './results-table.ts';

export function outcome(state: CypherState): HTMLElement[] {
  if (state.running) return [h('p', { class: 'muted' }, 'Running…')];
  if (state.error) {
    const kind =
      state.error.code === 'query_timeout'
        ? 'Timed out'
        : state.error.code === 'query_refused'
          ? 'Refused by the server'
          : 'Error';
    return [
      h(
        'div',
        { class: 'error', role: 'alert', id: 'cypher-error', 'data-code': state.error.code },
        h(
          'strong',
          {},
          `${kind} (${state.error.code}${state.error.status ? `, HTTP ${state.error.status}` : ''})`,
        ),
        h('p', {}, state.error.message),
      ),
    ];
  }
  const result = state.result;
  if (!result)
    return [
      h(
        'p',
        { class: 'muted' },
        'Run a query (Ctrl+Enter). Graph results go into the view; every result is listed here.',
      ),
    ];
  const { summary } = result;
  const parts: (HTMLElement | null)[] = [
    h(
      'p',
      { class: 'summary', id: 'cypher-summary' },
      `${summary.rowCount} row(s) in ${summary.timeMs} ms · ${result.graph.nodes.length} nodes, ${result.graph.edges.length} relationships in the view`,
    ),
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
