// Finds a verbatim quote inside its article's text (whitespace and curly quotes aside) and cuts its surroundings.

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

/** The quote with up to `radius` characters either side, cut at word boundaries; null when absent. */
export function quoteInContext(text: string, quote: string, radius = 280): QuoteInContext | null {
  const source = normalise(text);
  const needle = normalise(quote.trim()).folded;
  if (!needle) return null;
  const at = source.folded.indexOf(needle);
  if (at < 0) return null;
  const start = source.origin[at] ?? 0;
  const end = (source.origin[at + needle.length - 1] ?? start) + 1;
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    quote: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  };
}
