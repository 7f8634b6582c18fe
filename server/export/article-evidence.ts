// Published articles as evidence, looked up by id a batch at a time (one UNWIND query per batch of facts) and
// remembered in a bounded cache, so an export citing one article on thousands of facts asks for it once.

import type { Record as Neo4jRecord } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import { type ReadContext, readSession } from '../db/read.ts';
import { type Evidence, evidenceOf } from './export-graph.ts';

const articlesById = cypherFile(import.meta.url, './queries/articles-by-id.cypher');

/** Ids per lookup query: one index seek each, a few hundred KiB of answer at most. */
const LOOKUP_CHUNK = 1000;
/**
 * Articles remembered across batches (about 300 bytes each), in two generations of at most this many: bounded,
 * whatever the export's size.
 */
const GENERATION_LIMIT = 10_000;

/** An article id's evidence, or null when it names a hidden (unpublished, retracted) or missing article. */
export type ArticleMap = ReadonlyMap<string, Evidence | null>;

export class ArticleEvidence {
  /** Articles seen since the last turn of generations, and those seen in the one before. */
  private recent = new Map<string, Evidence | null>();
  private older = new Map<string, Evidence | null>();

  constructor(
    private readonly context: ReadContext,
    private readonly timeoutMs: number,
  ) {}

  /**
   * The evidence of every id asked, as a map of the batch's own: the cache may drop entries while a batch
   * waits to be written (lookups run ahead of the writer), the batch's map keeps what it needs.
   */
  async lookUp(ids: Iterable<string>): Promise<ArticleMap> {
    const batch = new Map<string, Evidence | null>();
    const missing: string[] = [];
    for (const id of ids) {
      if (batch.has(id)) continue;
      const cached = this.known(id);
      if (cached === undefined) {
        batch.set(id, null);
        missing.push(id);
      } else {
        batch.set(id, cached);
      }
    }
    for (let start = 0; start < missing.length; start += LOOKUP_CHUNK) {
      const chunk = missing.slice(start, start + LOOKUP_CHUNK);
      const records = await this.read(chunk);
      for (const evidence of evidenceOf(records.map((record) => record.get('evidence')))) {
        batch.set(evidence.article, evidence);
      }
      for (const id of chunk) this.remember(id, batch.get(id) ?? null);
    }
    return batch;
  }

  /**
   * One auto-commit query: its RUN and PULL go in one write. executeQuery's managed transaction adds a BEGIN
   * and a COMMIT, each a write of its own, and a lookup runs for almost every batch of a large export: those
   * writes were 4 % of the API's CPU exporting 115k relationships (issue 14's profile).
   */
  private async read(ids: string[]): Promise<Neo4jRecord<{ evidence: unknown }>[]> {
    const session = readSession(this.context);
    try {
      const result = await session.run<{ evidence: unknown }>(
        articlesById.fill(),
        { ids },
        { timeout: this.timeoutMs },
      );
      return result.records;
    } finally {
      await session.close();
    }
  }

  /** A cached article; one of the older generation is kept on into the recent one. */
  private known(id: string): Evidence | null | undefined {
    const recent = this.recent.get(id);
    if (recent !== undefined) return recent;
    const older = this.older.get(id);
    if (older !== undefined) this.remember(id, older);
    return older;
  }

  /**
   * When the recent generation is full it becomes the older one and the oldest is dropped whole: an article
   * dropped while still cited is simply looked up again. (Dropping one entry at a time, the oldest first, cost
   * 3% of a 140k export: a Map's first live key is found past every deleted one.)
   */
  private remember(id: string, evidence: Evidence | null): void {
    this.recent.set(id, evidence);
    if (this.recent.size < GENERATION_LIMIT) return;
    this.older = this.recent;
    this.recent = new Map();
  }
}
