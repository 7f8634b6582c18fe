// Before an editor creates an entity: entities of the same label whose name or an alias is the same name
// (case, diacritics and possessives aside), in the visible graph (full-text index) or staged in this draft.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import { escapeLucene, searchWords } from '../search/lucene-query.ts';
import type { DraftItem } from './staging.ts';
import { normalName } from './text-checks.ts';

const entityCandidates = cypherFile(import.meta.url, './queries/entity-candidates.cypher');

export interface DuplicateCandidate {
  key: string;
  name: string;
  aliases: string[];
  staged: boolean;
}

export async function sameNamedEntities(
  tx: ManagedTransaction,
  label: string,
  names: readonly string[],
  stagedEntities: readonly DraftItem[],
): Promise<DuplicateCandidate[]> {
  const wanted = new Set(names.map(normalName).filter(Boolean));
  const same = (candidateNames: readonly string[]) =>
    candidateNames.some((name) => wanted.has(normalName(name)));
  const candidates: DuplicateCandidate[] = [];
  const clauses = names
    .map((name) => searchWords(name).map(escapeLucene))
    .filter((words) => words.length > 0)
    .map((words) => `(name:(${words.join(' AND ')}) OR aliases:(${words.join(' AND ')}))`);
  if (clauses.length > 0) {
    const result = await tx.run<{ id: string; name: string; aliases: string[] }>(entityCandidates.fill(), {
      query: clauses.join(' OR '),
      label,
    });
    for (const record of result.records) {
      const { id, name, aliases } = record.toObject();
      if (same([name, ...aliases])) candidates.push({ key: `${label}:${id}`, name, aliases, staged: false });
    }
  }
  for (const item of stagedEntities) {
    const { label: itemLabel, name, aliases } = item.payload;
    const itemNames = [name, ...(Array.isArray(aliases) ? aliases : [])].filter((x) => typeof x === 'string');
    if (itemLabel === label && item.key && same(itemNames)) {
      candidates.push({ key: item.key, name: String(name), aliases: itemNames.slice(1), staged: true });
    }
  }
  return candidates;
}
