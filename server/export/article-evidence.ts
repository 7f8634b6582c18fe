// Published articles as evidence, looked up by id a batch at a time (one UNWIND query per batch of facts) and
// remembered in a bounded cache, so an export citing one article on thousands of facts asks for it once.
import { cypherFile } from '../db/cypher-files.ts';
import { type ReadContext, readQuery } from '../db/read.ts';
import { type Evidence, evidenceOf } from './export-graph.ts';

const articlesById = cypherFile(import.meta.url, './queries/articles-by-id.cypher');

/** Ids per lookup query: one index seek each, a few hundred KiB of answer at most. */
const LOOKUP_CHUNK = 1000;
/** Articles remembered across batches (about 300 bytes each): bounded, whatever the export's size. */
const CACHE_LIMIT = 20_000;

/** An article id's evidence, or null when it names a hidden (unpublished, retracted) or missing article. */
export type ArticleMap = ReadonlyMap<string, Evidence | null>;

export class ArticleEvidence {
  private readonly known = new Map<string, Evidence | null>();

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
      const cached = this.known.get(id);
      if (cached === undefined) {
        batch.set(id, null);
        missing.push(id);
      } else {
        batch.set(id, cached);
      }
    }
    for (let start = 0; start < missing.length; start += LOOKUP_CHUNK) {
      const chunk = missing.slice(start, start + LOOKUP_CHUNK);
      const records = await readQuery<{ evidence: unknown }>(
        this.context,
        articlesById.fill(),
        { ids: chunk },
        this.timeoutMs,
      );
      for (const evidence of evidenceOf(records.map((record) => record.get('evidence')))) {
        batch.set(evidence.article, evidence);
      }
      for (const id of chunk) this.remember(id, batch.get(id) ?? null);
    }
    return batch;
  }

  /** First in, first out: an article dropped while still cited is simply looked up again. */
  private remember(id: string, evidence: Evidence | null): void {
    this.known.set(id, evidence);
    if (this.known.size <= CACHE_LIMIT) return;
    const oldest = this.known.keys().next();
    if (!oldest.done) this.known.delete(oldest.value);
  }
}
