// Opens the Cypher console: its code (CodeMirror, the Cypher mode, completion, the result views) is a chunk of
// its own, fetched the first time the console opens (the toolbar button, Ctrl+`, or a link with a query), so
// the first screen does not carry it. Until it arrives the panel says so; if it cannot be fetched, it says
// that plainly and offers to try again.
import type { Stage } from '../network/stage.ts';
import { byId, errorText, h } from '../ui/dom.ts';
import { view } from '../view/view-state.ts';
import { closeButton, mountConsoleLayout } from './console-layout.ts';

type ConsoleModule = typeof import('./console-view.ts');

/** The panel's first column while the console itself is not there: its title, close, and a message. */
const notice = (id: string, ...body: HTMLElement[]): HTMLElement =>
  h(
    'div',
    { class: 'console-input', id },
    h('div', { class: 'console-head' }, h('h2', {}, 'Cypher'), closeButton()),
    ...body,
  );

export function mountConsoleOnOpen(
  stage: Stage,
  load: () => Promise<ConsoleModule> = () => import('./console-view.ts'),
): void {
  const root = byId('console');
  mountConsoleLayout(stage, root);
  let loading = false;
  let loaded = false;
  let shown: HTMLElement | null = null;
  const show = (next: HTMLElement | null): void => {
    if (shown && next) shown.replaceWith(next);
    else if (next) root.append(next);
    else shown?.remove();
    shown = next;
  };

  const open = (): void => {
    if (loading || loaded) return;
    loading = true;
    show(notice('console-loading', h('p', { role: 'status' }, 'Loading the Cypher console…')));
    load().then(
      ({ mountConsole }) => {
        loading = false;
        loaded = true;
        show(null);
        mountConsole(stage, root);
      },
      (error: unknown) => {
        loading = false;
        // A stale page after a deploy, or a dropped connection: the chunk's old name is gone or unreachable.
        show(
          notice(
            'console-load-failed',
            h(
              'div',
              { class: 'error', role: 'alert' },
              'The Cypher console could not be loaded. Check the connection and try again, or reload the page.',
              h('p', { class: 'muted' }, errorText(error)),
            ),
            h(
              'div',
              { class: 'buttons' },
              h('button', { type: 'button', id: 'console-retry', onclick: open }, 'Try again'),
            ),
          ),
        );
      },
    );
  };

  view.subscribe((s) => {
    root.hidden = !s.consoleOpen;
    if (s.consoleOpen) open();
  });
  root.hidden = !view.get().consoleOpen;
  if (view.get().consoleOpen) open();
}
