// The review's keys, with the text focused: j/→ next name, k/← previous, Enter/a accept, r/x reject, s select
// the sentence (to record a fact). They stop
// here, so the Explorer's own keys (Escape, /, arrows on the canvas) never see them.
export interface ReviewKeyActions {
  move(by: 1 | -1): void;
  accept(): void;
  reject(): void;
  /** Selects the sentence around the name in focus and offers the fact types: the keyboard's selection. */
  sentence(): void;
}

export function wireReviewKeys(pane: HTMLElement, actions: ReviewKeyActions): void {
  const keys: Record<string, () => void> = {
    j: () => actions.move(1),
    ArrowRight: () => actions.move(1),
    k: () => actions.move(-1),
    ArrowLeft: () => actions.move(-1),
    Enter: actions.accept,
    a: actions.accept,
    r: actions.reject,
    x: actions.reject,
    s: actions.sentence,
  };
  pane.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const act = keys[event.key];
    if (!act) return;
    event.preventDefault();
    event.stopPropagation();
    act();
  });
}
