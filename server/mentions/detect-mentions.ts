// All detections over one article text, as the API's mentions: known entities, new names, dates, money and
// quantities, overlaps resolved, in text order. Pure: the entity catalogue comes in as a built matcher, and
// new names leave with no duplicate candidates (the service looks those up in the full-text index).
import type { Mention } from '../../contract/index.ts';
import { detectAmounts } from './detect-amounts.ts';
import { detectDates } from './detect-dates.ts';
import { detectKnownEntities, type EntityMatcher } from './detect-entities.ts';
import { detectNames } from './detect-names.ts';
import { resolveOverlaps } from './resolve-overlaps.ts';

export interface DetectionInput {
  text: string;
  /** The article's date, YYYY-MM-DD: the reference for relative dates. */
  published: string | null;
  matcher: EntityMatcher;
}

const idOf = (start: number, end: number): string => `${start}-${end}`;

/** Known entities win any overlap; then the longest span; new names from NLP yield to everything else. */
function rank(mention: Mention): number {
  if (mention.kind === 'entity') return mention.known ? 0 : 2;
  return 1;
}

export function detectMentions({ text, published, matcher }: DetectionInput): Mention[] {
  const at = (start: number, end: number) => ({
    id: idOf(start, end),
    start,
    end,
    text: text.slice(start, end),
  });
  const mentions: Mention[] = [
    ...detectKnownEntities(text, matcher).map(
      (match): Mention => ({
        ...at(match.start, match.end),
        kind: 'entity',
        known: true,
        suggestedLabel: null,
        candidates: match.candidates,
      }),
    ),
    ...detectNames(text).map(
      (name): Mention => ({
        ...at(name.start, name.end),
        kind: 'entity',
        known: false,
        suggestedLabel: name.label,
        candidates: [],
      }),
    ),
    ...detectDates(text, published).map(
      ({ start, end, ...date }): Mention => ({ ...at(start, end), kind: 'date', ...date }),
    ),
    ...detectAmounts(text).map(({ start, end, ...amount }): Mention => ({ ...at(start, end), ...amount })),
  ];
  return resolveOverlaps(mentions, rank);
}
