// The Cypher console: CodeMirror editor, JSON parameters, examples, history, and the outcome of a run.
import { closeCompletion } from '@codemirror/autocomplete';
import { defaultKeymap, history as editHistory, historyKeymap } from '@codemirror/commands';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { api } from '../api/api.ts';
import type { Schema } from '../api/types.ts';
import { byId, h } from '../app/dom.ts';
import { setConsoleOpen, view } from '../app/view-state.ts';
import { runQuery } from './cypher-actions.ts';
import { cypherExtensions } from './cypher-language.ts';
import { type CypherState, cypherState } from './cypher-state.ts';
import { EXAMPLES } from './examples.ts';
import { loadHistory } from './history.ts';
import { resultsTable } from './results-table.ts';

let schema: Schema = { labels: [], relationshipTypes: [], propertyKeys: [] };

function outcome(state: CypherState): HTMLElement[] {
  if (state.running) return [h('p', { class: 'muted' }, 'Running…')];
  if (state.error) {
    const kind =
      state.error.code === 'query_timeout'
        ? 'Timed out'
        : state.error.code === 'query_refused'
          ? 'Refused by the server'
          : 'Error';
    return [
      h(
        'div',
        { class: 'error', role: 'alert', id: 'cypher-error', 'data-code': state.error.code },
        h(
          'strong',
          {},
          `${kind} (${state.error.code}${state.error.status ? `, HTTP ${state.error.status}` : ''})`,
        ),
        h('p', {}, state.error.message),
      ),
    ];
  }
  const result = state.result;
  if (!result)
    return [
      h(
        'p',
        { class: 'muted' },
        'Run a query (Ctrl+Enter). Graph results go into the view; every result is listed here.',
      ),
    ];
  const { summary } = result;
  const parts: (HTMLElement | null)[] = [
    h(
      'p',
      { class: 'summary', id: 'cypher-summary' },
      `${summary.rowCount} row(s) in ${summary.timeMs} ms · ${result.graph.nodes.length} nodes, ${result.graph.edges.length} relationships in the view`,
    ),
    summary.truncated
      ? h(
          'p',
          { class: 'warning', role: 'status', id: 'cypher-truncated' },
          `Results were cut at ${summary.rowCount} rows by the server's limit: add LIMIT or narrow the query.`,
        )
      : null,
    h('div', { class: 'table-wrap' }, resultsTable(result.columns, result.rows)),
  ];
  return parts.filter((element): element is HTMLElement => element !== null);
}

export function mountConsole(): void {
  const root = byId('console');
  const editor = new EditorView({
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
              void runQuery();
              return true;
            },
          },
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        syntaxHighlighting(defaultHighlightStyle),
        ...cypherExtensions(() => schema),
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
  const setQuery = (query: string, params: string): void => {
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: query } });
    cypherState.update((s) => ({ ...s, query, params }));
  };
  const params = h('textarea', { id: 'cypher-params', rows: 2, spellcheck: 'false' });
  params.value = cypherState.get().params;
  params.addEventListener('input', () => cypherState.update((s) => ({ ...s, params: params.value })));
  const examples = h(
    'select',
    { id: 'cypher-examples', 'aria-label': 'Example queries' },
    h('option', { value: '' }, 'Examples…'),
    EXAMPLES.map((e, i) => h('option', { value: String(i) }, e.title)),
  );
  examples.addEventListener('change', () => {
    const example = EXAMPLES[Number(examples.value)];
    if (example) setQuery(example.query, example.params);
    examples.value = '';
  });
  const historyPick = h('select', { id: 'cypher-history', 'aria-label': 'Query history' });
  const fillHistory = (): void => {
    const entries = loadHistory();
    historyPick.replaceChildren(
      h('option', { value: '' }, `History (${entries.length})…`),
      ...entries.map((e, i) => h('option', { value: String(i) }, e.query.replace(/\s+/g, ' ').slice(0, 70))),
    );
  };
  historyPick.addEventListener('focus', fillHistory);
  historyPick.addEventListener('change', () => {
    const entry = loadHistory()[Number(historyPick.value)];
    if (entry) setQuery(entry.query, entry.params);
  });
  const target = h(
    'select',
    { id: 'cypher-target', 'aria-label': 'Put graph results' },
    h('option', { value: 'merge' }, 'Merge into view'),
    h('option', { value: 'replace' }, 'Replace view'),
  );
  target.addEventListener('change', () =>
    cypherState.update((s) => ({ ...s, target: target.value as 'merge' | 'replace' })),
  );
  const output = h('div', { class: 'outcome', id: 'cypher-outcome', 'aria-live': 'polite' });
  const run = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      id: 'cypher-run',
      onclick: () => {
        // An open completion list would cover the outcome that is about to appear.
        closeCompletion(editor);
        void runQuery();
      },
    },
    'Run ▸',
  );
  cypherState.subscribe((state, previous) => {
    if (state.query !== editor.state.doc.toString()) setQuery(state.query, state.params);
    if (state.params !== params.value) params.value = state.params;
    target.value = state.target;
    run.toggleAttribute('disabled', state.running);
    if (
      state.result !== previous.result ||
      state.error !== previous.error ||
      state.running !== previous.running
    ) {
      output.replaceChildren(...outcome(state));
    }
  });
  output.replaceChildren(...outcome(cypherState.get()));
  fillHistory();
  root.replaceChildren(
    h(
      'div',
      { class: 'console-input' },
      h(
        'div',
        { class: 'console-head' },
        h('h2', {}, 'Cypher'),
        examples,
        historyPick,
        h(
          'button',
          {
            type: 'button',
            class: 'close',
            'aria-label': 'Close console',
            onclick: () => setConsoleOpen(false),
          },
          '×',
        ),
      ),
      editor.dom.parentElement ?? editor.dom,
      h('label', { for: 'cypher-params' }, 'Parameters (JSON)'),
      params,
      h('div', { class: 'buttons' }, run, target),
    ),
    output,
  );
  view.subscribe((s) => {
    root.hidden = !s.consoleOpen;
    if (s.consoleOpen) editor.focus();
  });
  root.hidden = !view.get().consoleOpen;
  api.schema().then(
    (loaded) => {
      schema = loaded;
    },
    () => {},
  );
}
