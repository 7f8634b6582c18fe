// A fact's evidence as JSON text, each article's part serialised once: an export writes the same article on
// thousands of facts, and serialising it again for each was a measurable share of a large export (issue 14).
// The text is exactly JSON.stringify of the evidence list (jsonText), which the export tests read back.
import type { Evidence } from './export-graph.ts';

/** Each looked-up article's text up to its quote, `{"article":…,"published":…,"quote":`. */
const heads = new WeakMap<Evidence, string>();
/** A node's evidence entry (an article with that node's quote) to the looked-up article it copies. */
const copiedFrom = new WeakMap<Evidence, Evidence>();

const QUOTE_TAIL = 'null}';

/** Marks `entry` as `article` with a quote of its own (nodeSourcing), so it shares the article's text. */
export function withQuote(article: Evidence, quote: string | null): Evidence {
  const entry = { ...article, quote };
  copiedFrom.set(entry, article);
  return entry;
}

function headOf(article: Evidence): string {
  let head = heads.get(article);
  if (head === undefined) {
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
    head = text.slice(0, text.length - QUOTE_TAIL.length);
    heads.set(article, head);
  }
  return head;
}

function entryText(entry: Evidence): string {
  return `${headOf(copiedFrom.get(entry) ?? entry)}${JSON.stringify(entry.quote)}}`;
}

export function evidenceText(evidence: readonly Evidence[]): string {
  if (evidence.length === 1) return `[${entryText(evidence[0] as Evidence)}]`;
  let text = '[';
  for (let index = 0; index < evidence.length; index++) {
    if (index > 0) text += ',';
    text += entryText(evidence[index] as Evidence);
  }
  return `${text}]`;
}
