// Turns a user's words into a Lucene query for the full-text index: every word must match, exactly,
// as a prefix, or within a small spelling distance; Lucene's syntax characters are escaped.
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const MAX_WORDS = 8;

export function escapeLucene(word: string): string {
  return word.replace(SPECIAL, (char) => `\\${char}`);
}

/** Words as the index's standard analyzer sees them: lower case, split on anything not a letter or digit. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

/** Fields that name a thing: a hit there outranks a hit in a quote or an article title. */
const NAME_FIELDS = ['name', 'aliases'];

/**
 * `zelensky` → `(name:zelensky^8 OR aliases:zelensky^8 OR zelensky^3 OR name:zelensky*^4 OR … OR zelensky~1)`,
 * words joined by AND. Exact matches rank first, then prefixes, then other spellings; names and
 * aliases outrank texts. Short words get no fuzzy term (one edit from "us" is half the index), long
 * words allow two edits. Returns '' when nothing searchable is left.
 */
export function buildLuceneQuery(text: string): string {
  const clauses = searchWords(text).map((word) => {
    const w = escapeLucene(word);
    const fuzzy = word.length >= 4 ? `~${word.length >= 7 ? 2 : 1}` : undefined;
    const terms = [
      ...NAME_FIELDS.map((field) => `${field}:${w}^8`),
      `${w}^3`,
      ...NAME_FIELDS.map((field) => `${field}:${w}*^4`),
      `${w}*`,
      ...(fuzzy ? [...NAME_FIELDS.map((field) => `${field}:${w}${fuzzy}^2`), `${w}${fuzzy}`] : []),
    ];
    return `(${terms.join(' OR ')})`;
  });
  return clauses.join(' AND ');
}
