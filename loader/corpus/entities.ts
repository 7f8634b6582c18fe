// The generator's first step: actors, places, resources, agreements, topics and articles, each a node row.
import type { CorpusBuilder, Row } from './corpus.ts';
import type { CorpusPlan } from './plan.ts';
import type { Random } from './prng.ts';
import * as words from './vocabulary.ts';

export interface Entities {
  persons: string[];
  countries: string[];
  organizations: string[];
  places: string[];
  resources: string[];
  agreements: string[];
  topics: string[];
  articles: string[];
  /** Place keys that are regions: the parents of cities and buildings. */
  regions: string[];
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 11 * 365;

export function randomDate(random: Random): string {
  return new Date(START + random.int(SPAN_DAYS) * DAY_MS).toISOString().slice(0, 10);
}

/** Spelling variants as sources write them (Zelenskyy / Zelensky / Zelenskiy). */
function aliasesOf(first: string, last: string, suffix: string, random: Random): string[] {
  const name = `${first} ${last}`;
  const variants = [name.replace(/y/g, 'i'), name.replace(/k/g, 'c'), last].map((v) => `${v} ${suffix}`);
  return variants.filter((variant, index) => variant !== `${name} ${suffix}` && index < random.int(4));
}

function add(builder: CorpusBuilder, label: string, count: number, row: (index: number) => Row): string[] {
  return Array.from({ length: count }, (_, index) => builder.addNode(label, row(index)));
}

export function generateEntities(builder: CorpusBuilder, plan: CorpusPlan, random: Random): Entities {
  const persons = add(builder, 'Person', plan.persons, (index) => {
    const [first, last] = [random.pick(words.FIRST_NAMES), random.pick(words.LAST_NAMES)];
    return {
      id: `syn-person-${index}`,
      name: `${first} ${last} ${index}`,
      aliases: aliasesOf(first, last, String(index), random),
    };
  });
  const countries = add(builder, 'Country', plan.countries, (index) => {
    const [id, name] = words.COUNTRIES[index] ?? ['ZZ', 'Unknown'];
    return { id, name };
  });
  const organizations = add(builder, 'Organization', plan.organizations, (index) => {
    const name = `${random.pick(words.FIELDS)} ${random.pick(words.ORGANIZATION_WORDS)} ${index}`;
    const acronym = name
      .split(' ')
      .map((word) => word[0])
      .join('');
    return { id: `syn-org-${index}`, name, aliases: [acronym], kind: random.pick(words.ORGANIZATION_KINDS) };
  });
  const regionCount = Math.max(1, Math.round(plan.places / 5));
  const places = add(builder, 'Place', plan.places, (index) => {
    const kind = index < regionCount ? 'region' : random.chance(0.6) ? 'city' : 'building';
    const root = `${random.pick(words.PLACE_WORDS)} ${random.pick(words.PLACE_ROOTS)}`;
    const name =
      kind === 'building' ? `${root} ${random.pick(words.BUILDINGS)} ${index}` : `${root} ${index}`;
    return { id: `syn-place-${index}`, name, kind };
  });
  const resources = add(builder, 'Resource', plan.resources, (index) => {
    const [name, category] = words.RESOURCES[index % words.RESOURCES.length] ?? ['ore', 'metal'];
    const grade = Math.floor(index / words.RESOURCES.length);
    return { id: `syn-resource-${index}`, name: grade ? `${name} grade ${grade}` : name, category };
  });
  const agreements = add(builder, 'Agreement', plan.agreements, (index) => ({
    id: `syn-agreement-${index}`,
    name: `${random.pick(words.FIELDS)} accord ${index}`,
    status: random.pick(words.AGREEMENT_STATUSES),
  }));
  const topics = add(builder, 'Topic', plan.topics, (index) => ({
    id: `syn-topic-${index}`,
    name: `${random.pick(words.TOPICS)} ${index}`,
  }));
  const articles = add(builder, 'Article', plan.articles, (index) => {
    const title = `${random.pick(words.FIELDS)} talks: ${random.pick(words.LAST_NAMES)} ${random.pick(words.VERBS)} (${index})`;
    const id = `syn-article-${index}`;
    return {
      id,
      name: title,
      title,
      outlet: random.pick(words.OUTLETS),
      published: randomDate(random),
      status: 'published',
      file: `synthetic/${id}.txt`,
    };
  });
  return {
    persons,
    countries,
    organizations,
    places,
    resources,
    agreements,
    topics,
    articles,
    regions: places.slice(0, regionCount),
  };
}
