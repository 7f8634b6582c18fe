// The article reader: a dialog with an article's whole verbatim text, opened from a citation and scrolled to
// the quote, which is marked. Escape or the close button ends it and focus returns where it was.
import { h } from '../ui/dom.ts';
import { article } from './article-texts.ts';
import { articleLine } from './citation.ts';
import { quoteInContext } from './quote-context.ts';

function readerDialog(): HTMLDialogElement {
  const found = document.getElementById('article-reader');
  if (found instanceof HTMLDialogElement) return found;
  const dialog = h('dialog', { id: 'article-reader', class: 'reader', 'aria-labelledby': 'reader-title' });
  // A click on the backdrop (the dialog element itself, outside its box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  return dialog;
}

/** The text with the quote marked, or the plain text when the quote cannot be found in it. */
function body(text: string, quote: string | null): { element: HTMLElement; marked: HTMLElement | null } {
  const context = quote ? quoteInContext(text, quote, Number.POSITIVE_INFINITY) : null;
  if (!context) return { element: h('div', { class: 'reader-text' }, text), marked: null };
  const marked = h('mark', { id: 'reader-quote' }, context.quote);
  return { element: h('div', { class: 'reader-text' }, context.before, marked, context.after), marked };
}

export async function openArticle(articleId: string, quote: string | null): Promise<void> {
  const dialog = readerDialog();
  const close = h(
    'button',
    { type: 'button', class: 'close', 'aria-label': 'Close the article', onclick: () => dialog.close() },
    '×',
  );
  dialog.replaceChildren(close, h('p', { class: 'muted' }, 'Loading the article…'));
  if (!dialog.open) dialog.showModal();
  const found = await article(articleId);
  if (!found) {
    dialog.replaceChildren(
      close,
      h('p', { class: 'error', role: 'alert' }, 'The article could not be loaded.'),
    );
    return;
  }
  const { element, marked } = body(found.text ?? '', quote);
  const missing = quote && !marked ? 'The quote was not found verbatim in this text.' : null;
  dialog.replaceChildren(
    close,
    h('h2', { id: 'reader-title' }, found.title || found.titleInferred || found.id),
    articleLine(found),
    ...(missing ? [h('p', { class: 'warning' }, missing)] : []),
    element,
  );
  marked?.scrollIntoView({ block: 'center' });
}
