// One article as a citation: title (linked when its address is known), outlet and date, each marked when
// it was inferred rather than printed in the article, with how it was inferred on hover.
import type { ArticleRef } from '../api/types.ts';
import { h } from '../ui/dom.ts';

/** A small tag after a value that the article does not state itself; `why` shows on hover. */
const mark = (text: 'inferred' | 'external', why: string): HTMLElement =>
  h('span', { class: `source-mark ${text}`, title: why, 'aria-label': `${text}: ${why}` }, text);

/** The printed value, else the inferred one with its mark, else nothing. */
function statedOrInferred(
  printed: string | null,
  inferred: string | null,
  basis: string | null,
): (Node | string)[] {
  if (printed) return [printed];
  if (inferred) return [inferred, ' ', mark('inferred', basis ?? 'Not stated in the article.')];
  return [];
}

/** The date as precise as it is known: a month-precision date is shown as its month. */
function dateText(published: string, precision: string | null): string {
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
  return [text];
}

function title(article: ArticleRef): HTMLElement {
  const words = article.title || article.titleInferred || article.id;
  const inferred = !article.title && article.titleInferred;
  // Only web addresses become links: a `javascript:` URL in the data must not run on a click.
  const linked =
    article.url && /^https?:\/\//i.test(article.url)
      ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, words)
      : words;
  return h(
    'cite',
    {},
    linked,
    inferred ? [' ', mark('inferred', article.titleBasis ?? 'Not stated in the article.')] : null,
  );
}

export function articleLine(article: ArticleRef): HTMLElement {
  const parts = [
    statedOrInferred(article.outlet, article.outletInferred, article.outletBasis),
    published(article),
  ];
  const meta = parts
    .filter((part) => part.length > 0)
    .flatMap((part, i) => (i === 0 ? part : [' · ', ...part]));
  return h('div', { class: 'article' }, title(article), h('span', { class: 'meta' }, meta));
}
