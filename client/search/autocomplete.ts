// An accessible combobox over /api/search (names and aliases): arrow keys, Enter, Escape, and clicks.
import { api } from '../api/api.ts';
import type { SearchResult } from '../api/types.ts';
import { colourFor } from '../graph/palette.ts';
import { h } from '../ui/dom.ts';

export interface AutocompleteOptions {
  id: string;
  label: string;
  placeholder: string;
  onChoose: (result: SearchResult) => void;
}

let instances = 0;

function comboboxInput(options: AutocompleteOptions, listId: string): HTMLInputElement {
  return h('input', {
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
}

/** One suggestion: colour swatch, name, label and up to three other spellings. */
function optionItem(result: SearchResult, id: string, active: boolean, choose: () => void): HTMLElement {
  const aliases = (result.aliases ?? []).filter((alias) => alias !== result.name);
  return h(
    'li',
    {
      id,
      role: 'option',
      'aria-selected': active ? 'true' : 'false',
      'data-key': result.key,
      onmousedown: (event: Event) => {
        // Before the input's blur closes the list.
        event.preventDefault();
        choose();
      },
    },
    h('span', { class: 'swatch', style: `background:${colourFor(result.label)}` }),
    h('span', { class: 'name' }, result.name),
    h('span', { class: 'kind' }, result.label),
    aliases.length ? h('span', { class: 'aliases' }, `also ${aliases.slice(0, 3).join(', ')}`) : null,
  );
}

/** The list's state: the results shown and the active one, and how they are drawn into the DOM. */
function createListbox(
  input: HTMLInputElement,
  list: HTMLElement,
  listId: string,
  choose: (r?: SearchResult) => void,
) {
  let results: SearchResult[] = [];
  let active = -1;
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const render = (): void => {
    list.replaceChildren(
      ...results.map((result, index) =>
        optionItem(result, `${listId}-${index}`, index === active, () => choose(result)),
      ),
    );
    if (results.length === 0 && input.value.trim()) list.append(h('li', { class: 'empty' }, 'No match'));
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  return {
    close,
    show(found: SearchResult[]): void {
      results = found;
      active = found.length ? 0 : -1;
      render();
    },
    clear(): void {
      results = [];
      close();
    },
    move(step: 1 | -1): boolean {
      if (!results.length) return false;
      active = (active + step + results.length) % results.length;
      render();
      return true;
    },
    current: (): SearchResult | undefined => results[active] ?? results[0],
  };
}

export function createAutocomplete(options: AutocompleteOptions): {
  element: HTMLElement;
  input: HTMLInputElement;
} {
  instances += 1;
  const listId = `${options.id}-list-${instances}`;
  const input = comboboxInput(options, listId);
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': options.label });
  list.hidden = true;
  const choose = (result: SearchResult | undefined): void => {
    if (!result) return;
    input.value = result.name;
    listbox.close();
    options.onChoose(result);
  };
  const listbox = createListbox(input, list, listId, choose);

  let pending: AbortController | null = null;
  const lookUp = async (): Promise<void> => {
    const q = input.value.trim();
    pending?.abort();
    if (!q) return listbox.clear();
    pending = new AbortController();
    try {
      listbox.show((await api.search(q, pending.signal)).results);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void lookUp(), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (listbox.move(event.key === 'ArrowDown' ? 1 : -1)) event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(listbox.current());
    } else if (event.key === 'Escape') {
      listbox.close();
    }
  });
  input.addEventListener('blur', () => setTimeout(listbox.close, 100));

  const element = h(
    'div',
    { class: 'autocomplete' },
    h('label', { for: options.id, class: 'sr-only' }, options.label),
    input,
    list,
  );
  return { element, input };
}
