// A listbox with roving focus (one option in the tab order, arrows move it), type-ahead, and Enter or Space
// to choose: the WAI-ARIA listbox pattern, for lists long enough that one Tab stop each would be a wall.
import { h } from '../ui/dom.ts';
import { type ListItem, typeAhead } from './view-items.ts';

/** More options than this are not drawn: the filter narrows them, and the list says how many are left out. */
export const MAX_SHOWN = 200;
const TYPE_AHEAD_RESET_MS = 700;

export interface RovingList {
  readonly element: HTMLElement;
  /** Replaces the options; the focused option keeps the focus when it is still there. */
  setItems(items: readonly ListItem[], chosen: string | null): void;
  /** Puts the keyboard focus on an option: the given one, else the active one. */
  focus(index?: number): void;
}

export function rovingList(
  id: string,
  label: string,
  choose: (key: string) => void,
  empty: string,
): RovingList {
  const list = h('ul', { class: 'roving-list', id, role: 'listbox', 'aria-label': label });
  const note = h('p', { class: 'muted roving-note', id: `${id}-note` });
  const element = h('div', { class: 'roving' }, list, note);
  let items: readonly ListItem[] = [];
  let active = 0;
  let typed = '';
  let typedAt = 0;

  const options = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>('[role=option]')];
  const move = (index: number, focus: boolean): void => {
    const all = options();
    if (all.length === 0) return;
    active = Math.max(0, Math.min(all.length - 1, index));
    for (const [i, option] of all.entries()) option.setAttribute('tabindex', i === active ? '0' : '-1');
    const target = all[active];
    if (focus && target) {
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
    }
  };

  list.addEventListener('keydown', (event) => {
    const page = 10;
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: active + page,
      PageUp: active - page,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      move(next, true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const item = items[active];
      if (item) choose(item.key);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const now = performance.now();
      typed = now - typedAt > TYPE_AHEAD_RESET_MS ? event.key : typed + event.key;
      typedAt = now;
      // A longer prefix may still fit the option in focus: look from the one before it.
      const found = typeAhead(items.slice(0, MAX_SHOWN), typed, typed.length > 1 ? active - 1 : active);
      if (found >= 0) {
        event.preventDefault();
        move(found, true);
      }
    }
  });
  list.addEventListener('click', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLElement>('[role=option]');
    const key = option?.dataset.key;
    if (!option || key === undefined) return;
    move(options().indexOf(option), true);
    choose(key);
  });

  return {
    element,
    setItems(next, chosen) {
      const focusedKey = list.contains(document.activeElement)
        ? (document.activeElement as HTMLElement).dataset.key
        : undefined;
      items = next;
      const shown = next.slice(0, MAX_SHOWN);
      list.replaceChildren(
        ...shown.map((item, i) =>
          h(
            'li',
            {
              role: 'option',
              id: `${id}-${i}`,
              'data-key': item.key,
              tabindex: -1,
              'aria-selected': String(item.key === chosen),
            },
            h('span', { class: 'roving-text' }, item.text),
            h('span', { class: 'roving-detail' }, item.detail),
          ),
        ),
      );
      note.textContent =
        next.length === 0
          ? empty
          : next.length > MAX_SHOWN
            ? `The first ${MAX_SHOWN} of ${next.length}: type in the filter to narrow them.`
            : '';
      note.hidden = note.textContent === '';
      const keep = shown.findIndex((item) => item.key === (focusedKey ?? chosen));
      move(keep >= 0 ? keep : Math.min(active, shown.length - 1), focusedKey !== undefined);
    },
    focus: (index = active) => move(index, true),
  };
}
