// The in-memory corpus the generator builds: rows per label and per type, with relationships kept unique.

/** A value as it appears in a bulk file: dates are ISO `YYYY-MM-DD` strings until the loader types them. */
export type Value = string | number | string[] | null;
export type Row = Record<string, Value>;

export interface Corpus {
  nodes: Record<string, Row[]>;
  rels: Record<string, Row[]>;
}

export function nodeKey(label: string, id: string): string {
  return `${label}:${id}`;
}

export class CorpusBuilder {
  readonly corpus: Corpus = { nodes: {}, rels: {} };
  private readonly relationshipKeys = new Set<string>();
  private relationshipCount = 0;

  get relationships(): number {
    return this.relationshipCount;
  }

  addNode(label: string, row: Row): string {
    this.corpus.nodes[label] ??= [];
    this.corpus.nodes[label].push(row);
    return nodeKey(label, String(row.id));
  }

  /**
   * The loader MERGEs one relationship per (from, type, to), so a duplicate would make the file's row
   * count and the database's relationship count differ: duplicates are refused here.
   */
  addRel(type: string, from: string, to: string, properties: Row = {}): boolean {
    const key = `${type} ${from} ${to}`;
    if (from === to || this.relationshipKeys.has(key)) return false;
    this.relationshipKeys.add(key);
    this.corpus.rels[type] ??= [];
    this.corpus.rels[type].push({ from, to, ...properties });
    this.relationshipCount++;
    return true;
  }

  hasRel(type: string, from: string, to: string): boolean {
    return this.relationshipKeys.has(`${type} ${from} ${to}`);
  }
}

export function countRows(rows: Record<string, Row[]>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(rows)
      .map(([name, list]) => [name, list.length] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
