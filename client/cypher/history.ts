// Query history kept in localStorage, newest first, without duplicates.
const KEY = 'actorgraph:cypher-history:v1';
const MAX = 50;

export interface HistoryEntry {
  query: string;
  params: string;
}

export const withEntry = (history: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] =>
  [entry, ...history.filter((old) => old.query !== entry.query || old.params !== entry.params)].slice(0, MAX);

export function loadHistory(): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as HistoryEntry[]) : [];
  } catch {
    return [];
  }
}

export function remember(entry: HistoryEntry): HistoryEntry[] {
  const next = withEntry(loadHistory(), entry);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // History is a convenience: a full storage must not stop the query.
  }
  return next;
}
