// The Cypher console: CodeMirror editor (errors and warnings marked where the server says), JSON parameters,
// examples, history, Run and Cancel, and the outcome of a run. Its own chunk: console-loader.ts imports it
// the first time the console opens, into the panel it has already laid out.
import { closeCompletion } from '@codemirror/autocomplete';
import { defaultKeymap, history as editHistory, historyKeymap } from '@codemirror/commands';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { api } from '../api/api.ts';
import type { Schema } from '../api/types.ts';
import type { Stage } from '../network/stage.ts';
import { h } from '../ui/dom.ts';
import { view } from '../view/view-state.ts';
import {
  examplesPicker,
  historyPicker,
  paramsField,
  type SetQuery,
  targetPicker,
} from './console-controls.ts';
import { closeButton } from './console-layout.ts';
import { cancelQuery, runQuery } from './cypher-actions.ts';
import { cypherExtensions } from './cypher-language.ts';
import { cypherState, positionedNotes } from './cypher-state.ts';
import { outcome, seconds } from './outcome-view.ts';
import { markQuery, queryMarks, setQueryMarks } from './query-marks.ts';

/** The CodeMirror editor, kept in step with the state's query text; Ctrl+Enter runs. */
function createEditor(run: () => void, schema: () => Schema): EditorView {
  return new EditorView({
    parent: h('div', { class: 'editor', id: 'cypher-editor', 'aria-label': 'Cypher query' }),
    state: EditorState.create({
      doc: cypherState.get().query,
      extensions: [
        lineNumbers(),
        editHistory(),
        keymap.of([
          {
            key: 'Mod-Enter',
            run: (view) => {
              closeCompletion(view);
              run();
              return true;
            },
          },
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        syntaxHighlighting(defaultHighlightStyle),
        ...cypherExtensions(schema),
        ...queryMarks,
        placeholder('MATCH (n) RETURN n LIMIT 10'),
        // Long one-line queries wrap rather than scroll out of sight in the narrow editor.
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher query', 'aria-multiline': 'true' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) cypherState.update((s) => ({ ...s, query: update.state.doc.toString() }));
        }),
      ],
    }),
  });
}

function runButton(stage: Stage, editor: EditorView): HTMLButtonElement {
  const run = (): void => {
    // An open completion list would cover the outcome that is about to appear.
    closeCompletion(editor);
    void runQuery(stage);
  };
  return h('button', { type: 'button', class: 'primary', id: 'cypher-run', onclick: run }, 'Run ▸');
}

/** Shown only while a query runs; the server stops the query when the request is aborted. */
const cancelButton = (): HTMLButtonElement =>
  h('button', { type: 'button', id: 'cypher-cancel', hidden: true, onclick: () => cancelQuery() }, 'Cancel');

interface Controls {
  editor: EditorView;
  setQuery: SetQuery;
  params: HTMLTextAreaElement;
  target: HTMLSelectElement;
  run: HTMLButtonElement;
  cancel: HTMLButtonElement;
  output: HTMLElement;
}

/** The controls show the console's state: text, parameters, target, and the outcome of the last run. */
function followState({ editor, setQuery, params, target, run, cancel, output }: Controls): void {
  // While a query runs, the time so far ticks; the store is not touched for it.
  let ticker: ReturnType<typeof setInterval> | undefined;
  const tick = (): void => {
    const { startedAt } = cypherState.get();
    const shown = output.querySelector('#cypher-elapsed');
    if (shown && startedAt !== null) shown.textContent = `Running… ${seconds(performance.now() - startedAt)}`;
  };
  cypherState.subscribe((state, previous) => {
    if (state.running !== previous.running) {
      clearInterval(ticker);
      if (state.running) ticker = setInterval(tick, 100);
    }
    if (state.query !== editor.state.doc.toString()) setQuery(state.query, state.params);
    if (state.params !== params.value) params.value = state.params;
    target.value = state.target;
    run.toggleAttribute('disabled', state.running);
    cancel.hidden = !state.running;
    if (
      state.result !== previous.result ||
      state.error !== previous.error ||
      state.running !== previous.running ||
      state.cancelledAfterMs !== previous.cancelledAfterMs
    ) {
      output.replaceChildren(...outcome(state));
      if (state.running) editor.dispatch({ effects: setQueryMarks.of([]) });
      else if (state.ranQuery !== null) markQuery(editor, state.ranQuery, positionedNotes(state));
    }
  });
  // A link's query may have run, or still run, before this chunk arrived: show it as the subscription would have.
  const now = cypherState.get();
  output.replaceChildren(...outcome(now));
  if (now.running) ticker = setInterval(tick, 100);
  else if (now.ranQuery !== null) markQuery(editor, now.ranQuery, positionedNotes(now));
}

function inputColumn({ editor, setQuery, params, target, run, cancel }: Controls): HTMLElement {
  return h(
    'div',
    { class: 'console-input' },
    h(
      'div',
      { class: 'console-head' },
      h('h2', {}, 'Cypher'),
      examplesPicker(setQuery),
      historyPicker(setQuery),
      closeButton(),
    ),
    editor.dom.parentElement ?? editor.dom,
    h('label', { for: 'cypher-params' }, 'Parameters (JSON)'),
    params,
    h('div', { class: 'buttons' }, run, cancel, target),
  );
}

/** Fills the console's panel (already laid out, shown or hidden by console-loader.ts) with the console. */
export function mountConsole(stage: Stage, root: HTMLElement): void {
  let schema: Schema = { labels: [], relationshipTypes: [], propertyKeys: [] };
  const editor = createEditor(
    () => void runQuery(stage),
    () => schema,
  );
  const setQuery: SetQuery = (query, params) => {
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: query } });
    cypherState.update((s) => ({ ...s, query, params }));
  };
  const controls: Controls = {
    editor,
    setQuery,
    params: paramsField(),
    target: targetPicker(),
    run: runButton(stage, editor),
    cancel: cancelButton(),
    output: h('div', { class: 'outcome', id: 'cypher-outcome', 'aria-live': 'polite' }),
  };
  followState(controls);
  root.append(inputColumn(controls), controls.output);
  view.subscribe((s, previous) => {
    if (s.consoleOpen && !previous.consoleOpen) editor.focus();
  });
  // It arrives because the console was opened: the reader's next keys are for the editor.
  if (view.get().consoleOpen) editor.focus();
  // Completion works without the schema too (keywords), so a failed fetch is not worth an error.
  api.schema().then(
    (loaded) => {
      schema = loaded;
    },
    () => {},
  );
}
