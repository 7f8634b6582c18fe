// An accessible combobox over /api/search (names and aliases): arrow keys, Enter, Escape, and clicks.
import { api } from '../api/api.ts';
import type { SearchResult } from '../api/types.ts';
import { h } from '../app/dom.ts';
import { colourFor } from '../graph/palette.ts';

export interface AutocompleteOptions {
  id: string;
  label: string;
  placeholder: string;
  onChoose: (result: SearchResult) => void;
}

let instances = 0;

export function createAutocomplete(options: AutocompleteOptions): {
  element: HTMLElement;
  input: HTMLInputElement;
} {
  instances += 1;
  const listId = `${options.id}-list-${instances}`;
  const input = h('input', {
    id: options.id,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: options.placeholder,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': options.label });
  list.hidden = true;
  let results: SearchResult[] = [];
  let active = -1;
  let pending: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (result: SearchResult | undefined): void => {
    if (!result) return;
    input.value = result.name;
    close();
    options.onChoose(result);
  };
  const render = (): void => {
    list.replaceChildren(
      ...results.map((result, index) => {
        const aliases = (result.aliases ?? []).filter((alias) => alias !== result.name);
        return h(
          'li',
          {
            id: `${listId}-${index}`,
            role: 'option',
            'aria-selected': index === active ? 'true' : 'false',
            'data-key': result.key,
            onmousedown: (event: Event) => {
              event.preventDefault();
              choose(result);
            },
          },
          h('span', { class: 'swatch', style: `background:${colourFor(result.label)}` }),
          h('span', { class: 'name' }, result.name),
          h('span', { class: 'kind' }, result.label),
          aliases.length ? h('span', { class: 'aliases' }, `also ${aliases.slice(0, 3).join(', ')}`) : null,
        );
      }),
    );
    if (results.length === 0 && input.value.trim()) list.append(h('li', { class: 'empty' }, 'No match'));
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const lookUp = async (): Promise<void> => {
    const q = input.value.trim();
    pending?.abort();
    if (!q) {
      results = [];
      close();
      return;
    }
    pending = new AbortController();
    try {
      results = (await api.search(q, pending.signal)).results;
      active = results.length ? 0 : -1;
      render();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void lookUp(), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!results.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + results.length) % results.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(results[active] ?? results[0]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  const element = h(
    'div',
    { class: 'autocomplete' },
    h('label', { for: options.id, class: 'sr-only' }, options.label),
    input,
    list,
  );
  return { element, input };
}
