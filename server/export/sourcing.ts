// Turns what the export queries say of a fact's sources (a node's reports, a relationship's `sources`, or a
// Cypher export's `isFact` and `sources` columns) into what every format writes: sourceCount and evidence.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { INTERNAL_LABELS } from '../graph/visibility.ts';
import type { ArticleMap } from './article-evidence.ts';
import { withQuote } from './evidence-text.ts';
import { type Evidence, evidenceOf, NO_SOURCING, type Sourcing } from './export-graph.ts';

/** Exports may run longer than an interactive query; they are streamed, so time is the only bound. */
export const EXPORT_TIMEOUT_FACTOR = 6;

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

/** A node's `[article id, quote]` per REPORTED_IN to an article (hidden ones too), as the queries return it. */
export type Report = [unknown, unknown];

function isReport(value: unknown): value is Report {
  return Array.isArray(value) && value.length === 2;
}

export function reportedIds(reports: unknown): string[] {
  return Array.isArray(reports) ? reports.filter(isReport).map(([id]) => String(id)) : [];
}

const byArticle = (a: Evidence, b: Evidence) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0);

/** A node reported in any article is a fact; its evidence is one entry per visible report, with its quote. */
export function nodeSourcing(reports: unknown, articles: ArticleMap): Sourcing {
  if (!Array.isArray(reports) || reports.length === 0) return NO_SOURCING;
  const evidence: Evidence[] = [];
  for (const report of reports) {
    if (!isReport(report)) continue;
    const found = articles.get(String(report[0]));
    if (found) evidence.push(withQuote(found, report[1] === null ? null : String(report[1])));
  }
  evidence.sort(byArticle);
  // Sorted by article, so the distinct articles are where the article changes.
  let sourceCount = 0;
  for (let index = 0; index < evidence.length; index++) {
    if (index === 0 || evidence[index]?.article !== evidence[index - 1]?.article) sourceCount++;
  }
  return { sourceCount, evidence };
}

/**
 * A relationship with `sources` is a fact; its evidence is each visible article it names, once. Plain loops
 * rather than Set and flatMap: this runs for every relationship of an export, and its lists are a few ids long.
 */
export function edgeSourcing(sources: unknown, articles: ArticleMap): Sourcing {
  if (sources === null || sources === undefined) return NO_SOURCING;
  const evidence: Evidence[] = [];
  if (Array.isArray(sources)) {
    for (const id of sources) {
      const found = articles.get(String(id));
      if (found) evidence.push(found);
    }
  }
  evidence.sort(byArticle);
  // An id named twice gives the same article object twice, side by side once sorted: keep it once.
  let kept = 0;
  for (const item of evidence) if (kept === 0 || item !== evidence[kept - 1]) evidence[kept++] = item;
  evidence.length = kept;
  return { sourceCount: kept, evidence };
}

/** The parameters every export query's visibility filter reads, with nothing filtered beyond visibility. */
export function visibilityParams(minSources = 0) {
  return { internalLabels: [...INTERNAL_LABELS], labels: [], from: null, to: null, minSources };
}
