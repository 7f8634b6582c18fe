// The review of one draft: its text, detected mentions, each entity mention's review and the one in focus.
// Pure next-state functions; workbench.ts keeps the state in a store and calls the API.
import type { Mention, MentionCandidate } from '../api/types.ts';

export interface Review {
  action: 'link' | 'create' | 'reject';
  key: string | null;
}

export interface ReviewState {
  articleId: string;
  title: string;
  text: string;
  mentions: readonly Mention[];
  reviews: ReadonlyMap<string, Review>;
  /** Display names of the keys met so far (candidates, search hits, created entities). */
  names: ReadonlyMap<string, string>;
  /** Index into reviewable(state) of the mention in focus; -1 before the first. */
  current: number;
  /** Possible duplicates the server named when creating an entity from a mention failed with 409. */
  duplicates: ReadonlyMap<string, readonly MentionCandidate[]>;
}

/** Names are reviewed (linked, created or rejected); dates and amounts are read, then used by facts. */
export const reviewable = (state: ReviewState): Mention[] =>
  state.mentions.filter((m) => m.kind === 'entity');

export function progress(state: ReviewState): { done: number; total: number } {
  const names = reviewable(state);
  return { done: names.filter((m) => state.reviews.has(m.id)).length, total: names.length };
}

export const currentMention = (state: ReviewState): Mention | undefined => reviewable(state)[state.current];

export function initialReview(
  articleId: string,
  title: string,
  text: string,
  mentions: readonly Mention[],
): ReviewState {
  const reviews = new Map<string, Review>();
  const names = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.kind !== 'entity') continue;
    for (const candidate of mention.candidates) names.set(candidate.key, candidate.name);
    const review = mention.review;
    const action = review?.action;
    if (action === 'link' || action === 'create' || action === 'reject') {
      const key = typeof review?.key === 'string' ? review.key : null;
      reviews.set(mention.id, { action, key });
      if (key && !names.has(key)) names.set(key, mention.text);
    }
  }
  return { articleId, title, text, mentions, reviews, names, current: -1, duplicates: new Map() };
}

export function focusOn(state: ReviewState, mentionId: string): ReviewState {
  const index = reviewable(state).findIndex((m) => m.id === mentionId);
  return index < 0 ? state : { ...state, current: index };
}

/** Moves the focus by one name, staying within the list. */
export function step(state: ReviewState, by: 1 | -1): ReviewState {
  const count = reviewable(state).length;
  if (count === 0) return state;
  const current = Math.min(count - 1, Math.max(0, state.current + by));
  return { ...state, current };
}

/** The next name not yet reviewed after the one in focus (wrapping), or the focus unchanged when all are. */
export function nextUnreviewed(state: ReviewState): ReviewState {
  const names = reviewable(state);
  for (let offset = 1; offset <= names.length; offset += 1) {
    const index = (state.current + offset) % names.length;
    const mention = names[index];
    if (mention && !state.reviews.has(mention.id)) return { ...state, current: index };
  }
  return state;
}

export function withReview(
  state: ReviewState,
  mentionId: string,
  review: Review,
  name?: string,
): ReviewState {
  const reviews = new Map(state.reviews).set(mentionId, review);
  const names = review.key && name ? new Map(state.names).set(review.key, name) : state.names;
  const duplicates = new Map(state.duplicates);
  duplicates.delete(mentionId);
  return { ...state, reviews, names, duplicates };
}

export function withDuplicates(
  state: ReviewState,
  mentionId: string,
  candidates: readonly MentionCandidate[],
): ReviewState {
  const names = new Map(state.names);
  for (const candidate of candidates) names.set(candidate.key, candidate.name);
  return { ...state, names, duplicates: new Map(state.duplicates).set(mentionId, candidates) };
}

/** The entity a mention stands for: its review's key, else (not yet reviewed) the best known candidate. */
export function keyOf(state: ReviewState, mention: Mention): string | null {
  if (mention.kind !== 'entity') return null;
  const review = state.reviews.get(mention.id);
  if (review) return review.key;
  return mention.known ? (mention.candidates[0]?.key ?? null) : null;
}

/** What Enter (accept) does to a name: link to the best candidate, or create it under the suggested label. */
export function acceptAction(
  state: ReviewState,
  mention: Mention,
): { action: 'link'; key: string } | { action: 'create'; label: string; name: string } | null {
  if (mention.kind !== 'entity') return null;
  const duplicate = state.duplicates.get(mention.id)?.[0];
  if (duplicate) return { action: 'link', key: duplicate.key };
  const best = mention.candidates[0];
  if (best && (mention.known || best.score >= 0.9)) return { action: 'link', key: best.key };
  return { action: 'create', label: mention.suggestedLabel ?? 'Organization', name: mention.text };
}
