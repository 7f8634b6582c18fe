// How many nodes of each label a corpus of R relationships gets: proportions read off news graphs, with floors.
import { COUNTRIES, RESOURCES } from './vocabulary.ts';

export interface CorpusPlan {
  relationships: number;
  countries: number;
  persons: number;
  organizations: number;
  places: number;
  resources: number;
  agreements: number;
  topics: number;
  articles: number;
  meetings: number;
  claims: number;
  statements: number;
}

export const MIN_RELATIONSHIPS = 1_000;
export const MAX_RELATIONSHIPS = 5_000_000;

/**
 * Meetings and their attendance make up most of the structure; MENTIONS (article → entity) is what is
 * left, filled up to exactly R (about 40% of it), so the total is exact whatever rounding did before.
 */
export function planCorpus(relationships: number): CorpusPlan {
  if (
    !Number.isInteger(relationships) ||
    relationships < MIN_RELATIONSHIPS ||
    relationships > MAX_RELATIONSHIPS
  ) {
    throw new RangeError(
      `relationships must be an integer from ${MIN_RELATIONSHIPS} to ${MAX_RELATIONSHIPS}, got ${relationships}`,
    );
  }
  const per = (divisor: number, floor: number): number =>
    Math.max(floor, Math.round(relationships / divisor));
  return {
    relationships,
    countries: Math.min(COUNTRIES.length, per(2_000, 20)),
    persons: per(40, 50),
    organizations: per(400, 10),
    places: per(200, 20),
    resources: Math.min(RESOURCES.length * 20, per(2_000, RESOURCES.length)),
    agreements: per(2_000, 3),
    topics: per(5_000, 5),
    articles: per(30, 20),
    meetings: per(14, 20),
    claims: per(80, 10),
    statements: per(80, 10),
  };
}
