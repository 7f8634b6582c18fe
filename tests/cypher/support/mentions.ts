// Counts how often an article names each entity, the rule behind Article-[:MENTIONS {count}] in the seed graph.

export interface NamedEntity {
  key: string;
  /** The entity's name and aliases: the spellings that count as naming it. */
  forms: string[];
}

interface Match {
  key: string;
  start: number;
  end: number;
}

/** The article's news text: its lines without the page furniture listed in seeds/manifest.json. */
export function newsText(text: string, furniture: readonly string[]): string {
  const skip = new Set(furniture.map((line) => line.trim()));
  return text
    .split('\n')
    .filter((line) => !skip.has(line.trim()))
    .join('\n');
}

const WORD = /[A-Za-z0-9]/;

function occurrences(text: string, form: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1];
    const after = text[at + form.length];
    // Whole words only: "Russia" must not count inside "Russian", nor "US" inside "USD".
    if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after))) {
      starts.push(at);
    }
  }
  return starts;
}

/**
 * Case-sensitive, whole-word occurrences of every form; where forms overlap the longest wins ("Trump
 * administration" names the administration, not Trump; "rare earth minerals" names rare earths, not minerals).
 */
export function countMentions(text: string, entities: readonly NamedEntity[]): Map<string, number> {
  const matches: Match[] = [];
  for (const entity of entities) {
    for (const form of new Set(entity.forms)) {
      for (const start of occurrences(text, form))
        matches.push({ key: entity.key, start, end: start + form.length });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const counts = new Map<string, number>();
  let covered = 0;
  for (const match of matches) {
    if (match.start < covered) continue;
    counts.set(match.key, (counts.get(match.key) ?? 0) + 1);
    covered = match.end;
  }
  return counts;
}
