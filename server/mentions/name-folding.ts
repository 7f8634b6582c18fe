// How names are compared: words split on anything not a letter or digit, folded (NFKD, marks stripped,
// lower case), and a coarser transliteration key so that Zelenskyy, Zelensky and Zelenskiy meet.

export interface Word {
  /** UTF-16 offsets into the text the word was read from. */
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Case and diacritics folded. */
  folded: string;
  /** Transliteration key of the folded word. */
  key: string;
}

/** NFKD, combining marks removed, lower case: "Zelenskyy" and "ZELENSKYY" and "Zelénskyy" fold alike. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Latin spellings of one Cyrillic or Arabic name differ in a few places: y/i/j for й and ы (Zelenskyy,
 * Zelensky, Zelenskiy), kh/h, ck/k, doubled letters. The key maps those alike; it is only compared, never shown.
 */
export function transliterationKey(folded: string): string {
  return folded
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

const WORD = /[\p{L}\p{N}]+/gu;
const APOSTROPHE = /['\u2019]$/;

/**
 * The words of a text in order. A possessive "s" after an apostrophe ("Zelensky's", "Zelensky’s") is not a
 * word of its own: the name before it stands alone.
 */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const raw = match[0];
    const previous = words[words.length - 1];
    if (
      (raw === 's' || raw === 'S') &&
      previous !== undefined &&
      previous.end === start - 1 &&
      APOSTROPHE.test(text.slice(start - 1, start))
    ) {
      continue;
    }
    const folded = foldWord(raw);
    words.push({ start, end: start + raw.length, text: raw, folded, key: transliterationKey(folded) });
  }
  return words;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}
