// The top bar's controls: view mode, layout start/stop, undo expansion, the console, and export.
import type { ExportFormat } from '../api/types.ts';
import { undoExpansion } from '../expand/expand-actions.ts';
import { expansions } from '../expand/expand-state.ts';
import { exportFile, exportPng } from '../export/export-actions.ts';
import { layoutRunning } from '../layout/layout-runner.ts';
import { byId, h } from './dom.ts';
import { currentLayout } from './graph-actions.ts';
import { setConsoleOpen, setMode, type ViewMode, view } from './view-state.ts';

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

export function mountToolbar(): void {
  const modeButtons = MODES.map(({ mode, text }) =>
    h(
      'button',
      { type: 'button', 'data-mode': mode, 'aria-pressed': 'false', onclick: () => setMode(mode) },
      text,
    ),
  );
  byId('view-modes').append(...modeButtons);

  const layout = h('button', { type: 'button', id: 'layout-toggle', 'aria-pressed': 'false' }, '▶ Layout');
  layout.addEventListener('click', () =>
    layoutRunning.get() ? currentLayout().stop() : currentLayout().start(),
  );
  layoutRunning.subscribe((running) => {
    layout.textContent = running ? '■ Stop layout' : '▶ Layout';
    layout.setAttribute('aria-pressed', String(running));
  });
  const undo = h(
    'button',
    {
      type: 'button',
      id: 'undo-expand',
      disabled: true,
      title: 'Undo the last expansion (Ctrl+Z)',
      onclick: undoExpansion,
    },
    '↶ Undo',
  );
  expansions.subscribe((stack) => undo.toggleAttribute('disabled', stack.length === 0));
  const consoleButton = h(
    'button',
    { type: 'button', id: 'console-toggle', 'aria-pressed': 'false', 'aria-controls': 'console' },
    'Cypher',
  );
  consoleButton.addEventListener('click', () => setConsoleOpen(!view.get().consoleOpen));

  const menu = h(
    'details',
    { class: 'menu', id: 'export-menu' },
    h('summary', {}, 'Export'),
    h(
      'div',
      { class: 'menu-items', role: 'group', 'aria-label': 'Export the view or the selection' },
      h('button', { type: 'button', 'data-export': 'png', onclick: () => void exportPng() }, 'PNG image'),
      FORMATS.map(({ format, text }) =>
        h('button', { type: 'button', 'data-export': format, onclick: () => void exportFile(format) }, text),
      ),
    ),
  );
  menu.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('button')) menu.open = false;
  });
  byId('toolbar').append(layout, undo, consoleButton, menu);

  const reflect = (): void => {
    const state = view.get();
    for (const button of modeButtons)
      button.setAttribute('aria-pressed', String(button.dataset.mode === state.mode));
    consoleButton.setAttribute('aria-pressed', String(state.consoleOpen));
    undo.hidden = state.mode !== 'network';
  };
  view.subscribe(reflect);
  reflect();
}
