// History: the Change entries written with every edit (record-change.ts), read back for one key.
import type { HistoryChange, HistoryResponse, Json } from '../../contract/index.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { integer, type ReadContext, readQuery } from '../db/read.ts';

const historyQuery = cypherFile(import.meta.url, './queries/history-of-key.cypher');

/** `detail` is stored as a JSON string; an entry written by hand with other text is shown as that text. */
function parseDetail(detail: unknown): Json {
  if (typeof detail !== 'string') return null;
  try {
    return JSON.parse(detail) as Json;
  } catch {
    return detail;
  }
}

export async function historyOf(
  context: ReadContext,
  options: { key: string; limit: number },
): Promise<HistoryResponse> {
  const records = await readQuery<{
    id: string;
    at: string;
    by: string;
    action: string;
    key: string;
    articleId: string | null;
    detail: unknown;
  }>(context, historyQuery.fill(), { key: options.key, limit: integer(options.limit) });
  const changes: HistoryChange[] = records.map((record) => ({
    id: String(record.get('id')),
    at: String(record.get('at')),
    by: String(record.get('by')),
    action: String(record.get('action')),
    key: String(record.get('key')),
    articleId: record.get('articleId') ?? null,
    detail: parseDetail(record.get('detail')),
  }));
  return { key: options.key, changes };
}
