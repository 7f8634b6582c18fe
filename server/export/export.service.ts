// Resolves the asked subset (keys, ego network, who met whom, the whole graph, or read-only Cypher) to the
// streams every format writes; unknown keys and labels fail here, before any byte is sent.
import type { CypherContext } from '../cypher/user-query.ts';
import { collectCypherSubgraph } from './cypher-subgraph.ts';
import { declaredProperties } from './declared-properties.ts';
import type { ExportGraph } from './export-graph.ts';
import { metGraph } from './met-subset.ts';
import type { ExportOptions } from './sourcing.ts';
import { egoGraph, type GraphFilter, keysGraph, wholeGraph } from './streamed-subsets.ts';

export type Subset =
  | { kind: 'keys'; keys: string[] }
  | { kind: 'ego'; key: string; depth: number }
  | { kind: 'meetings'; from?: string | undefined; to?: string | undefined; status: string[] }
  | ({ kind: 'graph' } & GraphFilter)
  | { kind: 'cypher'; query: string; params: Record<string, unknown> };

export async function exportGraphFor(
  context: CypherContext,
  subset: Subset,
  options: ExportOptions,
): Promise<ExportGraph> {
  switch (subset.kind) {
    case 'cypher':
      return collectCypherSubgraph(context, subset.query, subset.params, options);
    case 'keys':
      return keysGraph(context, subset.keys, options);
    case 'ego':
      return egoGraph(context, subset.key, subset.depth, options);
    case 'graph':
      return wholeGraph(context, subset, options);
    case 'meetings':
      return metGraph(context, subset, await declaredProperties(context), options);
  }
}

export type { ExportOptions };
