// Renders sources: article title, outlet and date, and the verbatim quote (within its text when we have it).
import type { ArticleRef, Evidence } from '../api/types.ts';
import { h } from '../app/dom.ts';
import { article } from './article-texts.ts';
import { quoteInContext } from './quote-context.ts';

function showInContext(block: HTMLElement, text: string | null | undefined, quote: string): boolean {
  const context = text ? quoteInContext(text, quote) : null;
  if (!context) return false;
  block.replaceChildren(context.before, h('mark', {}, context.quote), context.after);
  block.classList.add('in-context');
  return true;
}

/** The quote at once, then within its surrounding text as soon as the article's text has arrived. */
function quoteBlock(evidence: Evidence): HTMLElement {
  const block = h('blockquote', { class: 'quote' }, h('mark', {}, evidence.quote));
  if (evidence.quote && !showInContext(block, evidence.article.text, evidence.quote)) {
    void article(evidence.article.id).then((found) => showInContext(block, found?.text, evidence.quote));
  }
  return block;
}

export function articleLine(article: ArticleRef): HTMLElement {
  return h(
    'div',
    { class: 'article' },
    h('cite', {}, article.title || article.id),
    h('span', { class: 'meta' }, [article.outlet, article.published].filter(Boolean).join(' · ')),
  );
}

export function evidenceList(evidence: Evidence[], emptyText = 'No source reports this.'): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'muted' }, emptyText);
  return h(
    'ol',
    { class: 'evidence' },
    evidence.map((item) =>
      h(
        'li',
        { 'data-article': item.article.id },
        articleLine(item.article),
        item.quote ? quoteBlock(item) : null,
      ),
    ),
  );
}
