// Finds the graph's known entities in a text by name and alias: case, diacritics, possessives and
// transliterated spellings tolerated; pure (the catalogue of names is passed in), so it is unit-tested alone.
import type { MentionCandidate } from '../../contract/index.ts';
import { editDistance, foldWord, transliterationKey, type Word, wordsOf } from './name-folding.ts';

export interface CatalogueEntity {
  key: string;
  label: string;
  name: string;
  aliases: readonly string[];
}

export interface KnownEntityMatch {
  start: number;
  end: number;
  candidates: MentionCandidate[];
}

interface AliasEntry {
  entity: CatalogueEntity;
  words: Word[];
  /** "US", "EU", "U.S.": matched only as written, or "us" the pronoun would be a country. */
  acronym: boolean;
  isName: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entries: AliasEntry[];
}

export interface EntityMatcher {
  root: TrieNode;
  /** Deletion-neighbourhood index (one letter removed) over long one-word proper names, for typos. */
  nearby: Map<string, AliasEntry[]>;
  size: number;
}

/** Spelling slips are tolerated only in long names, where one letter cannot turn one name into another. */
const FUZZY_MIN_LENGTH = 7;
const SCORE_EXACT = 1;
const SCORE_TRANSLITERATED = 0.9;
const SCORE_ONE_EDIT = 0.75;

const isAcronym = (alias: string): boolean => {
  const letters = alias.replace(/[.\s]/g, '');
  return letters.length <= 5 && /^\p{Lu}+$/u.test(letters);
};
const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

function deletions(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

export function buildEntityMatcher(entities: readonly CatalogueEntity[]): EntityMatcher {
  const root: TrieNode = { children: new Map(), entries: [] };
  const nearby = new Map<string, AliasEntry[]>();
  for (const entity of entities) {
    const spellings = new Set([entity.name, ...entity.aliases].filter((s) => s.trim() !== ''));
    for (const alias of spellings) {
      const words = wordsOf(alias);
      if (words.length === 0) continue;
      const entry: AliasEntry = { entity, words, acronym: isAcronym(alias), isName: alias === entity.name };
      let node = root;
      for (const word of words) {
        let next = node.children.get(word.key);
        if (!next) {
          next = { children: new Map(), entries: [] };
          node.children.set(word.key, next);
        }
        node = next;
      }
      node.entries.push(entry);
      const only = words[0];
      if (words.length === 1 && only && capitalised(only.text) && only.key.length >= FUZZY_MIN_LENGTH - 1) {
        for (const variant of deletions(only.key)) {
          const list = nearby.get(variant) ?? [];
          list.push(entry);
          nearby.set(variant, list);
        }
      }
    }
  }
  return { root, nearby, size: entities.length };
}

/** Words of a name stand together: only spaces, a hyphen or the dots of "U.S." between them. */
const JOINED = /^[\s.-]{0,2}$/;

/** Score of an alias against the words it matched by key, or undefined when case rules refuse it. */
function scoreOf(entry: AliasEntry, matched: readonly Word[]): number | undefined {
  let exact = true;
  for (let i = 0; i < entry.words.length; i++) {
    const want = entry.words[i];
    const got = matched[i];
    if (!want || !got) return undefined;
    if (entry.acronym && want.text !== got.text) return undefined;
    if (capitalised(want.text) && !capitalised(got.text)) return undefined;
    if (want.folded !== got.folded) exact = false;
  }
  return exact ? SCORE_EXACT : SCORE_TRANSLITERATED;
}

function toCandidates(scored: { entry: AliasEntry; score: number }[]): MentionCandidate[] {
  const best = new Map<string, { entry: AliasEntry; score: number }>();
  for (const item of scored) {
    const seen = best.get(item.entry.entity.key);
    if (!seen || item.score > seen.score || (item.score === seen.score && item.entry.isName)) {
      best.set(item.entry.entity.key, item);
    }
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.entry.isName) - Number(a.entry.isName) ||
        a.entry.entity.key.localeCompare(b.entry.entity.key),
    )
    .map(({ entry, score }) => ({
      key: entry.entity.key,
      name: entry.entity.name,
      label: entry.entity.label,
      score,
    }));
}

/** The longest alias that starts at word `i`, as candidates and the number of words it covers. */
function longestAt(text: string, words: readonly Word[], i: number, matcher: EntityMatcher) {
  let node: TrieNode | undefined = matcher.root;
  let found: { length: number; candidates: MentionCandidate[] } | undefined;
  for (let j = i; j < words.length && node; j++) {
    const word = words[j];
    const before = words[j - 1];
    if (!word || (j > i && before && !JOINED.test(text.slice(before.end, word.start)))) break;
    node = node.children.get(word.key);
    if (!node || node.entries.length === 0) continue;
    const matched = words.slice(i, j + 1);
    const scored = node.entries.flatMap((entry) => {
      const score = scoreOf(entry, matched);
      return score === undefined ? [] : [{ entry, score }];
    });
    if (scored.length > 0) found = { length: j - i + 1, candidates: toCandidates(scored) };
  }
  return found;
}

/** A long capitalised word one letter away from a long one-word name ("Zelenskky"). */
function nearbyName(word: Word, matcher: EntityMatcher): MentionCandidate[] {
  if (!capitalised(word.text) || word.key.length < FUZZY_MIN_LENGTH) return [];
  const entries = new Set<AliasEntry>();
  for (const variant of deletions(word.key))
    for (const entry of matcher.nearby.get(variant) ?? []) entries.add(entry);
  const scored = [...entries]
    .filter((entry) => entry.words[0] && editDistance(word.key, entry.words[0].key, 1) <= 1)
    .map((entry) => ({ entry, score: SCORE_ONE_EDIT }));
  return toCandidates(scored);
}

export function detectKnownEntities(text: string, matcher: EntityMatcher): KnownEntityMatch[] {
  const words = wordsOf(text);
  const found: KnownEntityMatch[] = [];
  for (let i = 0; i < words.length; ) {
    const match = longestAt(text, words, i, matcher);
    const first = words[i];
    if (match && first) {
      const last = words[i + match.length - 1] ?? first;
      found.push({ start: first.start, end: last.end, candidates: match.candidates });
      i += match.length;
      continue;
    }
    if (first) {
      const candidates = nearbyName(first, matcher);
      if (candidates.length > 0) found.push({ start: first.start, end: first.end, candidates });
    }
    i++;
  }
  return found;
}

/** For callers that fold a single name the same way (duplicate lookups, tests). */
export const nameKey = (name: string): string => transliterationKey(foldWord(name));
