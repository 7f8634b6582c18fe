// Descriptions in the seed name their sources by the article's number, "(000, 003)" for the articles whose
// ids begin `000_` and `003_`. The reader sees each as a button that opens that article, labelled by its
// outlet (marked when the outlet is inferred), never as a bare internal number.

import { openArticle } from '../sources/article-reader.ts';
import { article } from '../sources/article-texts.ts';
import { mark } from '../sources/citation.ts';
import { h } from '../ui/dom.ts';

/** "(000, 003)" or "(002)": one to several three-digit article ids in brackets. */
const REFERENCE = /\((\d{3}(?:,\s*\d{3})*)\)/g;

/** The text cut into plain parts and the article ids each bracket names, in order. */
export function splitArticleRefs(text: string): (string | { ids: string[] })[] {
  const parts: (string | { ids: string[] })[] = [];
  let at = 0;
  for (const match of text.matchAll(REFERENCE)) {
    parts.push(text.slice(at, match.index));
    parts.push({ ids: (match[1] ?? '').split(/,\s*/) });
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts.filter((part) => part !== '');
}

function reference(id: string): HTMLElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'link article-ref',
      title: `Open article ${id}`,
      onclick: () => openArticle(id, null),
    },
    'source',
  );
  const holder = h('span', {}, button);
  void article(id).then((found) => {
    const outlet = found?.outlet ?? found?.outletInferred;
    if (!found || !outlet) return;
    button.textContent = outlet;
    button.title = found.title ?? found.titleInferred ?? `Open article ${id}`;
    if (!found.outlet)
      holder.append(' ', mark('inferred', found.outletBasis ?? 'The article prints no outlet.'));
  });
  return holder;
}

/** The article a number names among the node's sources: its id is the number or begins `<number>_`. */
const articleNamed = (number: string, articleIds: readonly string[]): string | undefined =>
  articleIds.find((id) => id === number || id.startsWith(`${number}_`));

/**
 * The text with every bracketed article number turned into buttons that open the articles; a bracket
 * naming an article that is not among `articleIds` (the node's own sources) stays as written.
 */
export function withArticleRefs(text: string, articleIds: readonly string[]): (string | HTMLElement)[] {
  return splitArticleRefs(text).flatMap((part) => {
    if (typeof part === 'string') return [part];
    const ids = part.ids.map((number) => articleNamed(number, articleIds));
    if (ids.some((id) => id === undefined)) return [`(${part.ids.join(', ')})`];
    return [
      '(',
      ...ids.flatMap((id, i) => (i === 0 ? [reference(id ?? '')] : [', ', reference(id ?? '')])),
      ')',
    ];
  });
}
