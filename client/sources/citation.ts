// One article as a citation: title (linked when its address is known), outlet and date, each marked as
// stated (printed in the article), inferred (worked out for the graph) or external (from other sources),
// with the basis on hover.
import type { ArticleRef } from '../api/types.ts';
import { h } from '../ui/dom.ts';

export type Provenance = 'stated' | 'inferred' | 'external';

/** A small tag after a value saying how it is known; `why` shows on hover and is read by screen readers. */
export const mark = (kind: Provenance, why: string): HTMLElement =>
  h('span', { class: `source-mark ${kind}`, title: why, 'aria-label': `${kind}: ${why}` }, kind);

/** The printed value (stated), else the inferred one, else nothing. */
function statedOrInferred(
  what: string,
  printed: string | null,
  inferred: string | null,
  basis: string | null,
): (Node | string)[] {
  if (printed) return [printed, ' ', mark('stated', `The ${what} is printed in the article.`)];
  if (inferred) return [inferred, ' ', mark('inferred', basis ?? `The article prints no ${what}.`)];
  return [];
}

/** The date as precise as it is known: a month-precision date is shown as its month. */
export function dateText(published: string, precision: string | null): string {
  if (precision === 'year') return published.slice(0, 4);
  if (precision === 'month') return published.slice(0, 7);
  if (precision === 'week') return `week of ${published}`;
  return published;
}

function published(article: ArticleRef): (Node | string)[] {
  if (!article.published) return [];
  const text = dateText(article.published, article.publishedPrecision);
  if (article.publishedBasis === 'external')
    return [text, ' ', mark('external', 'Dated from sources outside the article.')];
  if (article.publishedBasis === 'content')
    return [text, ' ', mark('inferred', "Worked out from the article's content; it carries no date line.")];
  if (article.publishedBasis === 'dateline')
    return [text, ' ', mark('stated', "The article's own date line.")];
  return [text];
}

/** The title; with `open`, it is a button that opens the article (a citation the reader can follow). */
function title(article: ArticleRef, open?: () => void): HTMLElement {
  const text = article.title || article.titleInferred || article.id;
  const words = open
    ? h('button', { type: 'button', class: 'link cite-open', onclick: open, title: 'Read the article' }, text)
    : text;
  const how = article.title
    ? mark('stated', 'The headline is printed in the article.')
    : article.titleInferred
      ? mark('inferred', article.titleBasis ?? 'The article prints no headline.')
      : null;
  return h('cite', {}, words, how ? [' ', how] : null);
}

/** The original's address, when it is a web address: a `javascript:` URL in the data must not run on a click. */
export function originalLink(article: ArticleRef): HTMLElement | null {
  if (!article.url || !/^https?:\/\//i.test(article.url)) return null;
  return h(
    'a',
    { class: 'original', href: article.url, target: '_blank', rel: 'noopener noreferrer' },
    'original ↗',
  );
}

export function articleLine(article: ArticleRef, open?: () => void): HTMLElement {
  const parts = [
    statedOrInferred('outlet', article.outlet, article.outletInferred, article.outletBasis),
    published(article),
  ];
  const meta = parts
    .filter((part) => part.length > 0)
    .flatMap((part, i) => (i === 0 ? part : [' · ', ...part]));
  const link = originalLink(article);
  return h(
    'div',
    { class: 'article' },
    title(article, open),
    h('span', { class: 'meta' }, meta, link ? [' · ', link] : null),
  );
}

/** "3 sources (2 outlets)": distinct articles, and distinct outlets whether stated or inferred. */
export function sourcesSummary(articles: readonly ArticleRef[], count?: number | null): string {
  const ids = new Set(articles.map((article) => article.id));
  const outlets = new Set(
    articles.flatMap((article) => {
      const outlet = article.outlet || article.outletInferred;
      return outlet ? [outlet.toLowerCase()] : [];
    }),
  );
  const n = count ?? ids.size;
  const sources = `${n} source${n === 1 ? '' : 's'}`;
  return outlets.size ? `${sources} (${outlets.size} outlet${outlets.size === 1 ? '' : 's'})` : sources;
}
