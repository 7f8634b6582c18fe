// Renders sources: each article's citation and the verbatim quote, within its text once that has arrived.
import type { Evidence } from '../api/types.ts';
import { h } from '../ui/dom.ts';
import { article } from './article-texts.ts';
import { articleLine } from './citation.ts';
import { quoteInContext } from './quote-context.ts';

function showInContext(block: HTMLElement, text: string | null | undefined, quote: string): void {
  const context = text ? quoteInContext(text, quote) : null;
  if (!context) return;
  block.replaceChildren(context.before, h('mark', {}, context.quote), context.after);
  block.classList.add('in-context');
}

/** The quote at once, then within its surrounding text as soon as the article's text has arrived. */
function quoteBlock(articleId: string, quote: string): HTMLElement {
  const block = h('blockquote', { class: 'quote' }, h('mark', {}, quote));
  void article(articleId).then((found) => showInContext(block, found?.text, quote));
  return block;
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
        item.quote ? quoteBlock(item.article.id, item.quote) : null,
      ),
    ),
  );
}
