// The top bar's controls: view mode, layout start/stop, undo expansion, the console, and export.
import type { ExportFormat } from '../api/types.ts';
import { undoExpansion } from '../expand/expand-actions.ts';
import { expansions } from '../expand/expand-state.ts';
import { exportFile } from '../export/export-actions.ts';
import { pictureButtons } from '../export/image-menu.ts';
import { layoutRunning } from '../layout/layout-runner.ts';
import type { Stage } from '../network/stage.ts';
import type { Renderer } from '../render/renderer.ts';
import { byId, h } from '../ui/dom.ts';
import { setConsoleOpen, setMode, type ViewMode, view } from '../view/view-state.ts';

const MODES: { mode: ViewMode; text: string }[] = [
  { mode: 'network', text: 'Network' },
  { mode: 'meetings', text: 'Who met whom' },
];
const FORMATS: { format: ExportFormat; text: string }[] = [
  { format: 'json', text: 'JSON (graphology)' },
  { format: 'gexf', text: 'GEXF (Gephi)' },
  { format: 'graphml', text: 'GraphML' },
  { format: 'csv', text: 'CSV' },
  { format: 'cypher', text: 'Cypher script' },
];

function modeButtons(): HTMLButtonElement[] {
  const buttons = MODES.map(({ mode, text }) =>
    h(
      'button',
      { type: 'button', 'data-mode': mode, 'aria-pressed': 'false', onclick: () => setMode(mode) },
      text,
    ),
  );
  const reflect = (mode: ViewMode): void => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.mode === mode));
  };
  view.subscribe((state) => reflect(state.mode));
  reflect(view.get().mode);
  return buttons;
}

function layoutButton(stage: Stage): HTMLButtonElement {
  const button = h('button', { type: 'button', id: 'layout-toggle', 'aria-pressed': 'false' }, '▶ Layout');
  button.addEventListener('click', () =>
    layoutRunning.get() ? stage.layout().stop() : stage.layout().start(),
  );
  layoutRunning.subscribe((running) => {
    button.textContent = running ? '■ Stop layout' : '▶ Layout';
    button.setAttribute('aria-pressed', String(running));
  });
  return button;
}

/** Undo applies to expansions of the network, so it is only offered there. */
function undoButton(stage: Stage): HTMLButtonElement {
  const button = h(
    'button',
    {
      type: 'button',
      id: 'undo-expand',
      disabled: true,
      title: 'Undo the last expansion (Ctrl+Z)',
      onclick: () => undoExpansion(stage),
    },
    '↶ Undo',
  );
  expansions.subscribe((stack) => button.toggleAttribute('disabled', stack.length === 0));
  const reflect = (): void => {
    button.hidden = view.get().mode !== 'network';
  };
  view.subscribe(reflect);
  reflect();
  return button;
}

function consoleButton(): HTMLButtonElement {
  const button = h(
    'button',
    { type: 'button', id: 'console-toggle', 'aria-pressed': 'false', 'aria-controls': 'console' },
    'Cypher',
  );
  button.addEventListener('click', () => setConsoleOpen(!view.get().consoleOpen));
  const reflect = (): void => button.setAttribute('aria-pressed', String(view.get().consoleOpen));
  view.subscribe(reflect);
  reflect();
  return button;
}

/** A disclosure menu closes like a menu: on Escape (focus back on its summary) and on a click outside it. */
function closeOnEscapeAndOutside(menu: HTMLDetailsElement): void {
  // Captured before the page's own Escape (clear the selection), which is not what the reader meant here.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !menu.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
      event.stopPropagation();
    },
    true,
  );
  document.addEventListener('pointerdown', (event) => {
    if (menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
  });
}

function exportMenu(renderer: Renderer): HTMLDetailsElement {
  const menu = h(
    'details',
    { class: 'menu', id: 'export-menu' },
    h('summary', {}, 'Export'),
    h(
      'div',
      { class: 'menu-items', role: 'group', 'aria-label': 'Export the view or the selection' },
      pictureButtons(renderer),
      FORMATS.map(({ format, text }) =>
        h(
          'button',
          { type: 'button', 'data-export': format, onclick: () => void exportFile(renderer, format) },
          text,
        ),
      ),
    ),
  );
  menu.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('button')) menu.open = false;
  });
  closeOnEscapeAndOutside(menu);
  return menu;
}

export function mountToolbar(stage: Stage): void {
  byId('view-modes').append(...modeButtons());
  byId('toolbar').append(layoutButton(stage), undoButton(stage), consoleButton(), exportMenu(stage.renderer));
}
