// A fact's evidence as JSON text, each article's part serialised once: an export writes the same article on
// thousands of facts, and serialising it again for each was a measurable share of a large export (issue 14).
// The text is exactly JSON.stringify of the evidence list (jsonText), which the export tests read back; the XML
// writers ask for it escaped, and each article's part is escaped once too.
import type { Evidence } from './export-graph.ts';

/**
 * An escaper that replaces each character on its own (the XML ones do), so escaping the parts and joining them
 * gives the escaped whole: the long evidence text is then never scanned again.
 */
export type Escape = (text: string) => string;

const asIs: Escape = (text) => text;

/** Per escaper, each looked-up article's text up to its quote, `{"article":…,"published":…,"quote":`. */
const headsBy = new Map<Escape, WeakMap<Evidence, string>>();
/** A node's evidence entry (an article with that node's quote) to the looked-up article it copies. */
const copiedFrom = new WeakMap<Evidence, Evidence>();

const QUOTE_TAIL = 'null}';

/** Marks `entry` as `article` with a quote of its own (nodeSourcing), so it shares the article's text. */
export function withQuote(article: Evidence, quote: string | null): Evidence {
  const entry = { ...article, quote };
  copiedFrom.set(entry, article);
  return entry;
}

function plainHead(article: Evidence): string {
  // Evidence's field order (evidenceOf's), `quote` last, so the text ends in its value and the closing brace.
  const text = JSON.stringify({
    article: article.article,
    title: article.title,
    titleInferred: article.titleInferred,
    outlet: article.outlet,
    outletInferred: article.outletInferred,
    published: article.published,
    quote: null,
  });
  return text.slice(0, text.length - QUOTE_TAIL.length);
}

function headOf(article: Evidence, escaper: Escape): string {
  let heads = headsBy.get(escaper);
  if (heads === undefined) {
    heads = new WeakMap();
    headsBy.set(escaper, heads);
  }
  let head = heads.get(article);
  if (head === undefined) {
    head = escaper === asIs ? plainHead(article) : escaper(headOf(article, asIs));
    heads.set(article, head);
  }
  return head;
}

function entryText(entry: Evidence, escaper: Escape): string {
  const head = headOf(copiedFrom.get(entry) ?? entry, escaper);
  return entry.quote === null ? `${head}${QUOTE_TAIL}` : `${head}${escaper(JSON.stringify(entry.quote))}}`;
}

/** The evidence list as JSON text, passed through `escaper` (one that replaces each character on its own). */
export function evidenceText(evidence: readonly Evidence[], escaper: Escape = asIs): string {
  if (evidence.length === 1) return `[${entryText(evidence[0] as Evidence, escaper)}]`;
  let text = '[';
  for (let index = 0; index < evidence.length; index++) {
    if (index > 0) text += ',';
    text += entryText(evidence[index] as Evidence, escaper);
  }
  return `${text}]`;
}
