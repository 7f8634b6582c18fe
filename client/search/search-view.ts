// The top-bar search: choosing a name or alias brings the node on screen, centres and highlights it.
import { focusDetailsNext } from '../details/details-view.ts';
import { showNode } from '../network/show-node.ts';
import type { Stage } from '../network/stage.ts';
import { selection } from '../selection/selection-state.ts';
import { announce, byId, errorText } from '../ui/dom.ts';
import { createAutocomplete } from './autocomplete.ts';

export function mountSearch(stage: Stage): void {
  const { element } = createAutocomplete({
    id: 'search-input',
    label: 'Search people, countries, organizations, meetings',
    placeholder: 'Search names and aliases…  ( / )',
    onChoose: (result) => {
      // The details of the choice are what the reader wants next: focus goes there once they are drawn.
      if (selection.get().selected?.key === result.key) byId('details').focus();
      else focusDetailsNext();
      showNode(stage, result.key).catch((error) => announce(errorText(error), 'error'));
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
