// Renders sources: article title, outlet and date, and the verbatim quote (within its text when we have it).
import type { ArticleRef, Evidence } from '../api/types.ts';
import { h } from '../app/dom.ts';
import { quoteInContext } from './quote-context.ts';

function quoteBlock(evidence: Evidence): HTMLElement {
  const context = evidence.article.text ? quoteInContext(evidence.article.text, evidence.quote) : null;
  if (!context) return h('blockquote', { class: 'quote' }, h('mark', {}, evidence.quote));
  return h(
    'blockquote',
    { class: 'quote in-context' },
    context.before,
    h('mark', {}, context.quote),
    context.after,
  );
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
