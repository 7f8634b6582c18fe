// Turns a query's `isFact` and `sources` columns into what every format writes: sourceCount and evidence.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { INTERNAL_LABELS } from '../graph/visibility.ts';
import { evidenceOf, NO_SOURCING, type Sourcing } from './export-graph.ts';

export interface ExportOptions {
  /** Facts carry their sources (articles, titles, outlets, dates, quotes); on by default. */
  withEvidence: boolean;
  /** Facts reported by fewer distinct published articles are left out (0: none). */
  minSources: number;
  /** Cypher exports only: rows read before stopping. */
  maxRows: number;
}

export function sourcingOf(isFact: unknown, sources: unknown): Sourcing {
  if (isFact !== true) return NO_SOURCING;
  const evidence = evidenceOf(sources);
  return { sourceCount: new Set(evidence.map((item) => item.article)).size, evidence };
}

export function sourcingOfRecord(record: Neo4jRecord): Sourcing {
  return sourcingOf(record.get('isFact'), record.get('sources'));
}

/** The parameters every export query's visibility filter reads, with nothing filtered beyond visibility. */
export function visibilityParams(minSources = 0) {
  return { internalLabels: [...INTERNAL_LABELS], labels: [], from: null, to: null, minSources };
}
