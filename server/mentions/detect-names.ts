// Proper names that are not (yet) in the graph: people, organizations and places found by compromise, a
// pure-JavaScript English NLP library (no model to download, milliseconds per article, and its
// people/organizations/places views are good enough for the proper nouns of English news copy).
import nlp from 'compromise';

export interface DetectedName {
  start: number;
  end: number;
  text: string;
  label: 'Person' | 'Organization' | 'Place';
}

interface OffsetJson {
  text: string;
  offset?: { start: number; length: number };
}

// compromise keeps a person's office in the name ("President Volodymyr"): the office is not the name.
const TITLES =
  /^(?:(?:US|U\.S\.|UK|Ukrainian|Russian|French|British|former|then|Vice|Deputy|Prime|Foreign|Defence|Defense|Secretary|President|Minister|Chancellor|King|Queen|Prince|Pope|Chief|Senator|Sen\.|Rep\.|Gov\.|Governor|General|Gen\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Lord|Lady)\s+)+/;
const TRAILING = /(?:['\u2019]s?|[\u2013\u2014\-\s,.;:!?"\u201c\u201d\u2018\u2019)]+)$/;

function trimmed(text: string, start: number, name: string): { start: number; end: number; text: string } {
  let from = start;
  let value = name;
  const title = TITLES.exec(value)?.[0] ?? '';
  from += title.length;
  value = value.slice(title.length);
  // A bracket or quote ends a name ("Putin] d" from an editor's insertion).
  const stop = value.search(/[[\]()"\u201c\u201d]/);
  if (stop >= 0) value = value.slice(0, stop);
  while (TRAILING.test(value) && value.length > 0) value = value.replace(TRAILING, '');
  return { start: from, end: from + value.length, text: text.slice(from, from + value.length) };
}

export function detectNames(text: string): DetectedName[] {
  const doc = nlp(text);
  const views: [DetectedName['label'], OffsetJson[]][] = [
    ['Person', doc.people().json({ offset: true }) as OffsetJson[]],
    ['Organization', doc.organizations().json({ offset: true }) as OffsetJson[]],
    ['Place', doc.places().json({ offset: true }) as OffsetJson[]],
  ];
  const found: DetectedName[] = [];
  for (const [label, items] of views) {
    for (const item of items) {
      if (!item.offset) continue;
      const raw = text.slice(item.offset.start, item.offset.start + item.offset.length);
      const name = trimmed(text, item.offset.start, raw);
      // A name starts with a capital; a lone capitalised word of two letters is more often noise than a name.
      if (!/^\p{Lu}/u.test(name.text) || name.text.length < 3) continue;
      found.push({ ...name, label });
    }
  }
  return found;
}
