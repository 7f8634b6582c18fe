// Finds a verbatim quote inside its article's text (whitespace and curly quotes aside) and gives it with its
// paragraph, cut to whole sentences, never with page furniture (credit lines, date stamps, headings, teasers).

export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

const fold = (char: string): string => {
  if ('\u2018\u2019\u201a\u201b\u2032'.includes(char)) return "'";
  if ('\u201c\u201d\u201e\u201f\u2033'.includes(char)) return '"';
  if ('\u2013\u2014'.includes(char)) return '-';
  return char;
};

/** The text folded for matching, with a map from each folded character back to the original index. */
function normalise(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (/\s/.test(char)) {
      if (lastSpace) continue;
      lastSpace = true;
      folded += ' ';
    } else {
      lastSpace = false;
      folded += fold(char);
    }
    origin.push(i);
  }
  return { folded, origin };
}

/** Lines a page puts around an article: credits, "read more" teasers, links tagged [POLL] or [WORLD]. */
const FURNITURE_PATTERNS = [
  /^(photo|image|picture|video)( credit| source)?s?\s*:/i,
  /^(read more|don'?t miss|related|advertisement|sign up|watch)\b/i,
  /\[[A-Z][A-Z ]*\]$/,
  /^date \d{4}-\d{2}-\d{2}$/i,
];
/** A date stamp the scraper put at the start of an article's first paragraph: " date 2025-02-27 ". */
const DATE_STAMP = /^\s*date \d{4}-\d{2}-\d{2}\s+/i;
const SENTENCE_END = /[.!?:;"'\u201d\u2019)\]\u2026]$/;
/** Sentence ends inside a paragraph: punctuation, a closing quote or bracket, then a space. */
const SENTENCE_BREAK = /[.!?]["'\u201d\u2019)]?\s+/g;

/**
 * Page furniture rather than article prose: a credit or teaser line, a heading in capitals, or a short line
 * (a dozen words or fewer) that ends without sentence punctuation ("Shocking allies").
 */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  if (!text) return true;
  if (FURNITURE_PATTERNS.some((pattern) => pattern.test(text))) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 3 && letters === letters.toUpperCase()) return true;
  return !SENTENCE_END.test(text) && text.split(/\s+/).length <= 12;
}

/** The end of the first sentence break at or after each position, as offsets into `part`. */
function sentenceBreaks(part: string): number[] {
  return [...part.matchAll(SENTENCE_BREAK)].map((match) => (match.index ?? 0) + match[0].length);
}

/** The text before the quote, from the earliest sentence start within `radius`; the quote's own sentence at least. */
function leadIn(before: string, radius: number): string {
  if (before.length <= radius) return before;
  const starts = sentenceBreaks(before);
  const within = starts.find((start) => before.length - start <= radius);
  const start = within ?? starts.at(-1) ?? 0;
  return (start > 0 ? '…' : '') + before.slice(start);
}

/** The text after the quote, to the last sentence end within `radius`; the quote's own sentence at least. */
function followOn(after: string, radius: number): string {
  if (after.length <= radius) return after;
  const ends = sentenceBreaks(after).map((end) => after.slice(0, end).trimEnd().length);
  const within = ends.filter((end) => end <= radius).at(-1);
  const end = within ?? ends[0] ?? after.length;
  return after.slice(0, end) + (end < after.length ? '…' : '');
}

/** Where the quote is in the text, as original indices; null when absent. */
function locate(text: string, quote: string): { start: number; end: number } | null {
  const source = normalise(text);
  const needle = normalise(quote.trim()).folded;
  if (!needle) return null;
  const at = source.folded.indexOf(needle);
  if (at < 0) return null;
  const start = source.origin[at] ?? 0;
  return { start, end: (source.origin[at + needle.length - 1] ?? start) + 1 };
}

interface Line {
  start: number;
  end: number;
}

/** Each line of the text as offsets, the date stamp left out: one line is one paragraph. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const stamp = DATE_STAMP.exec(line)?.[0].length ?? 0;
    lines.push({ start: start + stamp, end: start + line.length });
    start += line.length + 1;
  }
  return lines;
}

/** The nearest prose paragraph before or after line `at`, skipping blank and furniture lines. */
function neighbour(text: string, lines: Line[], at: number, step: -1 | 1): string | null {
  for (let i = at + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i];
    if (line && !isFurniture(text.slice(line.start, line.end))) return text.slice(line.start, line.end);
  }
  return null;
}

/**
 * The quote within its paragraph, cut to whole sentences within `radius` characters either side; a quote that
 * opens or closes its paragraph gets the nearest prose paragraph on that side. Null when the quote is absent.
 * Furniture lines (credits, date stamps, headings, teasers) never enter. With an infinite radius (the article
 * reader) the whole text is kept as it is.
 */
export function quoteInContext(text: string, quote: string, radius = 280): QuoteInContext | null {
  const found = locate(text, quote);
  if (!found) return null;
  const { start, end } = found;
  if (radius === Number.POSITIVE_INFINITY) {
    return { before: text.slice(0, start), quote: text.slice(start, end), after: text.slice(end) };
  }
  const lines = linesOf(text);
  const first = lines.findIndex((line) => line.end >= start);
  const last = lines.findIndex((line) => line.end >= end);
  const before = text.slice(Math.min(lines[first]?.start ?? 0, start), start);
  const after = text.slice(end, lines[last]?.end ?? text.length);
  // A quote that opens (or closes) its paragraph, give or take a quotation mark, reads better after the one before.
  const previous = /\p{L}/u.test(before) ? null : neighbour(text, lines, first, -1);
  const next = /\p{L}/u.test(after) ? null : neighbour(text, lines, last, 1);
  return {
    before: previous ? `${leadIn(previous, radius)}\n\n${before}` : leadIn(before, radius),
    quote: text.slice(start, end),
    after: next ? `${after}\n\n${followOn(next, radius)}` : followOn(after, radius),
  };
}
