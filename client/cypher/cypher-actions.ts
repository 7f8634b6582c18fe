// Runs the console's query: results into the graph (merged or replacing it) and the table; errors kept plain.
import { ApiError, api } from '../api/api.ts';
import { loadInto, mergeNear } from '../app/graph-actions.ts';
import { highlight } from '../app/selection-state.ts';
import { setMode } from '../app/view-state.ts';
import { networkGraph } from '../graph/data-graph.ts';
import { cypherState, parseParams } from './cypher-state.ts';
import { remember } from './history.ts';

let controller: AbortController | null = null;

export async function runQuery(): Promise<void> {
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
  cypherState.update((s) => ({ ...s, running: true, error: null }));
  remember({ query, params: paramsText });
  try {
    const result = await api.cypher({ query, params }, controller.signal);
    cypherState.update((s) => ({ ...s, running: false, result, error: null }));
    if (result.graph.nodes.length) {
      setMode('network');
      if (target === 'replace') loadInto(networkGraph, 'network', result.graph, true);
      else mergeNear(result.graph);
      highlight(
        result.graph.nodes.map((node) => node.key),
        result.graph.edges.flatMap((edge) => (edge.key ? [edge.key] : [])),
      );
    }
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    const failure =
      error instanceof ApiError
        ? { status: error.status, code: error.code, message: error.message }
        : { status: 0, code: 'network_error', message: (error as Error).message };
    cypherState.update((s) => ({ ...s, running: false, result: null, error: failure }));
  }
}
