// The article's verbatim text with its mentions as spans (names by label, known solid, new dashed; dates and
// amounts styled with their value on hover) and the recorded facts' quotes highlighted; selections as offsets.
import { colourFor } from '../graph/palette.ts';
import { h } from '../ui/dom.ts';
import { hoverText } from './mention-words.ts';
import { currentMention, type ReviewState } from './review-state.ts';

function mentionClass(state: ReviewState, id: string, kind: string, known: boolean): string {
  const review = state.reviews.get(id);
  const classes = ['mention', `m-${kind}`];
  if (kind === 'entity') classes.push(known ? 'known' : 'unknown');
  if (review) classes.push('reviewed', `reviewed-${review.action}`);
  if (currentMention(state)?.id === id) classes.push('current');
  return classes.join(' ');
}

/** The pane's text content is exactly the article text, so a DOM position maps to a text offset. */
export function renderText(pane: HTMLElement, state: ReviewState, onPick: (mentionId: string) => void): void {
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const mention of state.mentions) {
    if (mention.start < at) continue;
    parts.push(state.text.slice(at, mention.start));
    const label = mention.kind === 'entity' ? (mention.candidates[0]?.label ?? mention.suggestedLabel) : null;
    const review = state.reviews.get(mention.id);
    const reviewedLabel = review?.key?.split(':')[0];
    const colour = colourFor(reviewedLabel ?? label ?? 'Topic');
    parts.push(
      h(
        'span',
        {
          class: mentionClass(state, mention.id, mention.kind, mention.kind === 'entity' && mention.known),
          'data-id': mention.id,
          'data-kind': mention.kind,
          title: review?.action === 'reject' ? `${mention.text} (rejected)` : hoverText(mention),
          style: mention.kind === 'entity' ? `--mention:${colour}` : null,
          onclick: () => onPick(mention.id),
        },
        mention.text,
      ),
    );
    at = mention.end;
  }
  parts.push(state.text.slice(at));
  pane.replaceChildren(...parts);
  pane.querySelector('.mention.current')?.scrollIntoView({ block: 'nearest' });
}

/** Offset into the text of a DOM position inside the pane. */
function offsetOf(pane: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(pane, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The selected words as offsets into the text, trimmed of surrounding white space; null without a selection. */
export function selectedQuote(pane: HTMLElement, text: string): { start: number; end: number } | null {
  const chosen = window.getSelection();
  if (!chosen || chosen.isCollapsed || chosen.rangeCount === 0) return null;
  const range = chosen.getRangeAt(0);
  if (!pane.contains(range.startContainer) || !pane.contains(range.endContainer)) return null;
  let start = offsetOf(pane, range.startContainer, range.startOffset);
  let end = offsetOf(pane, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return end > start ? { start, end } : null;
}

/** A DOM range over text offsets [start, end) of the pane. */
function rangeOver(pane: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start <= at + length) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + length) {
      range.setEnd(node, end - at);
      return range;
    }
    at += length;
  }
  return null;
}

/** Selects text offsets [start, end) of the pane, as if the reader had dragged over them. */
export function selectOffsets(pane: HTMLElement, start: number, end: number): void {
  const range = rangeOver(pane, start, end);
  const chosen = window.getSelection();
  if (!range || !chosen) return;
  chosen.removeAllRanges();
  chosen.addRange(range);
}

/** Marks the recorded facts' quotes (and the one being recorded) with the CSS Custom Highlight API. */
export function highlightQuotes(
  pane: HTMLElement,
  quotes: readonly { start: number; end: number }[],
  pending: { start: number; end: number } | null,
): void {
  if (!('highlights' in CSS)) return;
  const ranges = (list: readonly { start: number; end: number }[]) =>
    list.flatMap((quote) => rangeOver(pane, quote.start, quote.end) ?? []);
  CSS.highlights.set('wb-fact', new Highlight(...ranges(quotes)));
  CSS.highlights.set('wb-pending', new Highlight(...ranges(pending ? [pending] : [])));
}

export const paneElement = (): HTMLElement =>
  h('div', {
    class: 'wb-text',
    id: 'wb-text',
    tabindex: 0,
    role: 'document',
    'aria-label':
      'Article text: j or → next name, k or ← previous, Enter or a accept, r or x reject, s select the sentence',
  });
