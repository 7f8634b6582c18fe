// The top-bar search: choosing a name or alias brings the node on screen, centres and highlights it.
import { announce, byId, errorText } from '../app/dom.ts';
import { showNode } from '../app/graph-actions.ts';
import { createAutocomplete } from './autocomplete.ts';

export function mountSearch(): void {
  const { element } = createAutocomplete({
    id: 'search-input',
    label: 'Search people, countries, organizations, meetings',
    placeholder: 'Search names and aliases…  ( / )',
    onChoose: (result) => {
      showNode(result.key).catch((error) => announce(errorText(error), 'error'));
    },
  });
  byId('search').append(element);
  // '/' jumps to search from anywhere but a text field, as on most sites.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, .cm-editor');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      byId<HTMLInputElement>('search-input').focus();
    }
  });
}
