// HTML page → the article's readable text and the page's own metadata, through @mozilla/readability over
// linkedom (no browser, no network: scripts never run and nothing is fetched).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedPage {
  /** Paragraphs of the readable content, one blank line between them. */
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** YYYY-MM-DD when the page states a publication time that starts with a calendar date. */
  published: string | null;
}

// Elements whose text is one paragraph of the article; their inner whitespace is HTML's, not the author's.
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TD',
  'DD',
  'DT',
]);

/** HTML collapses runs of ASCII whitespace (not U+00A0) into one space. */
const collapse = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

function hasBlockInside(element: Element): boolean {
  for (const child of Array.from(element.children)) {
    if (BLOCKS.has(child.tagName) || hasBlockInside(child)) return true;
  }
  return false;
}

/** The innermost blocks in document order; text outside any block is one paragraph of its own. */
function paragraphs(root: Element): string[] {
  const found: string[] = [];
  const visit = (element: Element): void => {
    if (BLOCKS.has(element.tagName) && !hasBlockInside(element)) {
      const text =
        element.tagName === 'PRE' ? (element.textContent ?? '').trim() : collapse(element.textContent ?? '');
      if (text) found.push(text);
      return;
    }
    for (const child of Array.from(element.children)) visit(child);
  };
  visit(root);
  if (found.length === 0) {
    const whole = collapse(root.textContent ?? '');
    if (whole) found.push(whole);
  }
  return found;
}

const clean = (value: string | null | undefined): string | null => {
  const text = value ? collapse(value) : '';
  return text === '' ? null : text;
};

function calendarDate(value: string | null | undefined): string | null {
  const match = value ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return match?.[1] && !Number.isNaN(Date.parse(match[1])) ? match[1] : null;
}

/** linkedom builds a document only around an <html> element: a fragment or bare text is given one. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

export function extractHtml(html: string): ExtractedPage {
  const page = asDocument(html);
  const { document } = parseHTML(page);
  // Readability rewrites the document it reads: the fallback reads a copy parsed before it ran.
  const fallback = parseHTML(page).document;
  const parsed = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  const content = parsed?.content ?? fallback.body ?? fallback.documentElement;
  return {
    text: content ? paragraphs(content).join('\n\n') : '',
    title: clean(parsed?.title ?? fallback.title),
    byline: clean(parsed?.byline),
    siteName: clean(parsed?.siteName),
    published: calendarDate(parsed?.publishedTime),
  };
}
