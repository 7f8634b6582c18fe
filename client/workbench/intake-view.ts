// *Add article*: paste text or HTML (or drop a .txt/.html file), optional title, outlet, date and URL — an HTML
// page's own metadata prefilled and marked *suggested* until the editor confirms it; a duplicate links to the
// article that is already there.

import { explain } from '../account/session-api.ts';
import { ApiError } from '../api/api.ts';
import type { IntakeBody, IntakeResponse } from '../api/types.ts';
import { h } from '../ui/dom.ts';
import { editing } from './editing-api.ts';
import { looksLikeHtml, pageSuggestions } from './page-suggestions.ts';

type Meta = 'title' | 'outlet' | 'published' | 'url';
const META: { name: Meta; label: string; type: string }[] = [
  { name: 'title', label: 'Title', type: 'text' },
  { name: 'outlet', label: 'Outlet', type: 'text' },
  { name: 'published', label: 'Publication date', type: 'date' },
  { name: 'url', label: 'URL', type: 'url' },
];

function metaField(name: Meta, label: string, type: string) {
  const input = h('input', { id: `wb-intake-${name}`, name, type });
  const mark = h(
    'button',
    { type: 'button', class: 'wb-suggested', hidden: true, title: 'From the page itself: click to confirm' },
    'suggested — confirm',
  );
  const confirm = () => {
    mark.hidden = true;
    delete input.dataset.suggested;
  };
  mark.addEventListener('click', confirm);
  input.addEventListener('input', confirm);
  const suggest = (value: string | undefined) => {
    if (!value || input.value) return;
    input.value = value;
    input.dataset.suggested = 'true';
    mark.hidden = false;
  };
  const row = h('div', { class: 'wb-field' }, h('label', { for: input.id }, label), input, mark);
  return { row, input, suggest };
}

export function intakeView(opened: (answer: IntakeResponse) => void): HTMLElement {
  const text = h('textarea', {
    id: 'wb-intake-text',
    name: 'text',
    rows: 14,
    required: true,
    placeholder: 'Paste the article (plain text or an HTML page), or drop a .txt or .html file here.',
  });
  const fields = META.map(({ name, label, type }) => ({ name, ...metaField(name, label, type) }));
  const file = h('input', {
    type: 'file',
    id: 'wb-intake-file',
    accept: '.txt,.html,.htm,text/plain,text/html',
  });
  const error = h('div', { class: 'wb-error', role: 'alert', id: 'wb-intake-error', hidden: true });
  const fill = (content: string) => {
    text.value = content;
    if (!looksLikeHtml(content)) return;
    const offered = pageSuggestions(content);
    for (const field of fields) field.suggest(offered[field.name]);
  };
  const readFile = (chosen: File | undefined) => void chosen?.text().then(fill);
  file.addEventListener('change', () => readFile(file.files?.[0]));
  text.addEventListener('dragover', (event) => event.preventDefault());
  text.addEventListener('drop', (event) => {
    event.preventDefault();
    readFile(event.dataTransfer?.files[0]);
  });
  text.addEventListener('paste', () => queueMicrotask(() => fill(text.value)));

  const form = h(
    'form',
    { class: 'wb-intake', id: 'wb-intake', 'aria-label': 'Add an article' },
    h('h2', {}, 'Add an article'),
    h('label', { for: 'wb-intake-text' }, 'Text or HTML'),
    text,
    h('div', { class: 'wb-field' }, h('label', { for: 'wb-intake-file' }, 'or a file'), file),
    ...fields.map((field) => field.row),
    h(
      'p',
      { class: 'muted' },
      'Fields marked suggested are sent only once confirmed; otherwise the server keeps its own reading as inferred.',
    ),
    h('button', { type: 'submit', id: 'wb-intake-submit' }, 'Add as a draft'),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    const content = text.value;
    const body: IntakeBody = looksLikeHtml(content) ? { html: content } : { text: content };
    for (const field of fields) {
      const value = field.input.value.trim();
      if (value && !field.input.dataset.suggested) body[field.name] = value;
    }
    editing.addArticle(body).then(opened, (failure: unknown) => {
      error.hidden = false;
      if (failure instanceof ApiError && failure.code === 'duplicate_article') {
        const { details } = failure;
        const id =
          typeof details === 'object' && details !== null && 'id' in details ? String(details.id) : '';
        error.replaceChildren(
          'This text is already in the graph: ',
          h(
            'a',
            { href: `/?node=${encodeURIComponent(`Article:${id}`)}`, id: 'wb-duplicate-link' },
            `article ${id}`,
          ),
          '.',
        );
      } else error.textContent = explain(failure);
    });
  });
  return form;
}
