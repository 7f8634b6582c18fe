// A new id for a node created from a draft: the slug, or the slug with -2, -3, … when a node of the label has
// it or another draft has reserved it (DraftItem.key), so every key handed out stays unique once published.
import type { ManagedTransaction } from 'neo4j-driver';
import { cypherFile, labelFragment } from '../db/cypher-files.ts';
import { conflict } from '../errors.ts';

const freeIds = cypherFile(import.meta.url, './queries/free-ids.cypher');
const TRIES = 50;

export async function freeId(tx: ManagedTransaction, label: string, base: string): Promise<string> {
  const candidates = Array.from({ length: TRIES }, (_, n) => {
    const id = n === 0 ? base : `${base}-${n + 1}`;
    return { id, key: `${label}:${id}` };
  });
  const result = await tx.run<{ id: string; free: boolean }>(freeIds.fill({ label: labelFragment(label) }), {
    candidates,
  });
  const free = result.records.map((record) => record.toObject()).find((row) => row.free);
  if (!free) throw conflict('id_taken', `No free id near "${base}" for a new ${label}.`, { base });
  return free.id;
}
