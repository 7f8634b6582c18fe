// Runs the console's query: results into the graph (merged or replacing it) and the table; errors kept plain.
import { ApiError, api } from '../api/api.ts';
import type { Stage } from '../network/stage.ts';
import { highlight } from '../selection/selection-state.ts';
import { setMode } from '../view/view-state.ts';
import { cypherState, parseParams } from './cypher-state.ts';
import { remember } from './history.ts';

let controller: AbortController | null = null;

/**
 * Stops the running query: the request is aborted, and the server, seeing its client gone, stops the
 * transaction in the database (server/cypher/user-query.ts).
 */
export function cancelQuery(): void {
  const { running, startedAt } = cypherState.get();
  if (!running || !controller) return;
  controller.abort();
  controller = null;
  const ranFor = startedAt === null ? 0 : Math.round(performance.now() - startedAt);
  cypherState.update((s) => ({ ...s, running: false, result: null, error: null, cancelledAfterMs: ranFor }));
}

export async function runQuery(stage: Stage): Promise<void> {
  const { query, params: paramsText, target } = cypherState.get();
  let params: Record<string, unknown>;
  try {
    params = parseParams(paramsText);
  } catch (error) {
    cypherState.update((s) => ({
      ...s,
      result: null,
      error: { status: 0, code: 'bad_params', message: (error as Error).message },
    }));
    return;
  }
  controller?.abort();
  controller = new AbortController();
  const startedAt = performance.now();
  const elapsed = (): number => Math.round(performance.now() - startedAt);
  // Remembered before the run is announced, so the history picker counts it at once.
  remember({ query, params: paramsText });
  cypherState.update((s) => ({
    ...s,
    running: true,
    error: null,
    startedAt,
    elapsedMs: null,
    ranQuery: query,
    cancelledAfterMs: null,
  }));
  try {
    const result = await api.cypher({ query, params }, controller.signal);
    cypherState.update((s) => ({ ...s, running: false, result, error: null, elapsedMs: elapsed() }));
    if (result.graph.nodes.length) {
      setMode('network');
      if (target === 'replace') stage.load('network', result.graph);
      else stage.mergeNear(result.graph);
      highlight(
        result.graph.nodes.map((node) => node.key),
        result.graph.edges.map((edge) => edge.key),
      );
    }
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    const failure =
      error instanceof ApiError
        ? { status: error.status, code: error.code, message: error.message, details: error.details }
        : { status: 0, code: 'network_error', message: (error as Error).message };
    cypherState.update((s) => ({ ...s, running: false, result: null, error: failure, elapsedMs: elapsed() }));
  }
}
