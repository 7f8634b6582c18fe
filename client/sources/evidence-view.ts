// Renders sources: a summary ("3 sources (2 outlets)"), each article's citation, which opens the article at the
// quote, and the verbatim quote, within its text once that has arrived.
import type { Evidence } from '../api/types.ts';
import { h } from '../ui/dom.ts';
import { openArticle } from './article-reader.ts';
import { article } from './article-texts.ts';
import { articleLine, sourcesSummary } from './citation.ts';
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

function evidenceItem(item: Evidence): HTMLElement {
  const open = (): void => void openArticle(item.article.id, item.quote);
  const read = h(
    'button',
    { type: 'button', class: 'link read-article', onclick: open },
    item.quote ? 'Read at the quote' : 'Read the article',
  );
  return h(
    'li',
    { 'data-article': item.article.id },
    articleLine(item.article, open),
    item.quote ? quoteBlock(item.article.id, item.quote) : null,
    read,
  );
}

export function evidenceList(evidence: Evidence[], emptyText = 'No source reports this.'): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'muted' }, emptyText);
  return h('ol', { class: 'evidence' }, evidence.map(evidenceItem));
}

/** The heading, the count of sources and outlets, and the list; `count` is the API's sourceCount when given. */
export function evidenceSection(
  evidence: Evidence[],
  options: { count?: number | null; emptyText?: string } = {},
): HTMLElement[] {
  return [
    h('h3', {}, 'Sources'),
    evidence.length
      ? h(
          'p',
          { class: 'sources-summary' },
          sourcesSummary(
            evidence.map((item) => item.article),
            options.count,
          ),
        )
      : null,
    evidenceList(evidence, options.emptyText),
  ].filter((element): element is HTMLElement => element !== null);
}
