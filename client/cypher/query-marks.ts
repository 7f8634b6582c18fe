// Marks in the Cypher editor where the server said something is wrong (an error) or doubtful (a warning):
// an underline over the word at the position, or a caret when the position is the end of the text. The marks
// belong to the text that was run, so any edit clears them.
import { type EditorState, type Range, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, WidgetType } from '@codemirror/view';

export interface QueryMark {
  /** Offset in the text that was run, from 0. */
  offset: number;
  severity: 'error' | 'warning';
  message: string;
}

export const setQueryMarks = StateEffect.define<QueryMark[]>();

/** Shown where the text ended too early ("expected an expression"), where there is no word to underline. */
class EndMarker extends WidgetType {
  constructor(readonly mark: QueryMark) {
    super();
  }
  override eq(other: EndMarker): boolean {
    return other.mark.message === this.mark.message && other.mark.severity === this.mark.severity;
  }
  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = `cm-query-${this.mark.severity} cm-query-end`;
    span.title = this.mark.message;
    span.textContent = '␣';
    return span;
  }
}

/** The word that starts at `offset` (at least one character), clamped to the document. */
function rangeAt(state: EditorState, offset: number): { from: number; to: number } | null {
  const length = state.doc.length;
  if (offset >= length) return null;
  const word = state.wordAt(offset);
  if (word && word.from === offset && word.to > word.from) return word;
  return { from: offset, to: offset + 1 };
}

function decorationsFor(state: EditorState, marks: readonly QueryMark[]): DecorationSet {
  const ranges: Range<Decoration>[] = marks.map((mark) => {
    const offset = Math.max(0, Math.min(mark.offset, state.doc.length));
    const range = rangeAt(state, offset);
    const attributes = { title: mark.message, 'aria-description': mark.message };
    return range
      ? Decoration.mark({ class: `cm-query-${mark.severity}`, attributes }).range(range.from, range.to)
      : Decoration.widget({ widget: new EndMarker(mark), side: 1 }).range(offset);
  });
  return Decoration.set(ranges, true);
}

const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    for (const effect of transaction.effects) {
      if (effect.is(setQueryMarks)) return decorationsFor(transaction.state, effect.value);
    }
    return transaction.docChanged ? Decoration.none : marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export const queryMarks = [marksField];

/** Marks the editor, but only while it still holds the text the marks were made for. */
export function markQuery(editor: EditorView, ranText: string, marks: QueryMark[]): void {
  if (editor.state.doc.toString() !== ranText) return;
  editor.dispatch({ effects: setQueryMarks.of(marks) });
}
