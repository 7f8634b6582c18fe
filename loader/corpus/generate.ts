// Generates a whole synthetic corpus in the SCHEMA.md model from a seed: same seed and size, same corpus.
import { type Corpus, CorpusBuilder } from './corpus.ts';
import { dateRange } from './date-range.ts';
import { type Entities, generateEntities, randomDate } from './entities.ts';
import { planCorpus } from './plan.ts';
import { Random, ZipfSampler } from './prng.ts';
import * as words from './vocabulary.ts';

export interface GenerateOptions {
  relationships: number;
  seed: number;
}

/** Picks keys from a list with a heavy tail: rank 0 is the most reported actor, the hub of the graph. */
class HeavyTail {
  private readonly sampler: ZipfSampler;
  constructor(
    private readonly keys: readonly string[],
    exponent: number,
  ) {
    this.sampler = new ZipfSampler(keys.length, exponent);
  }
  pick(random: Random): string {
    return this.keys[this.sampler.sample(random)] ?? '';
  }
}

function quote(random: Random, subject: string): string {
  return `"We have made progress," ${subject} ${random.pick(words.VERBS)}, according to the report.`;
}

function nameOf(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

export function generateCorpus(options: GenerateOptions): Corpus {
  const plan = planCorpus(options.relationships);
  const random = new Random(options.seed);
  const builder = new CorpusBuilder();
  const e: Entities = generateEntities(builder, plan, random);
  const persons = new HeavyTail(e.persons, 1.1);
  const actorGroups = [e.persons, e.persons, e.persons, e.persons, e.countries, e.organizations];
  const actors = actorGroups.map((keys) => new HeavyTail(keys, 1.0));
  const anyActor = (): string => random.pick(actors).pick(random);
  const articles = (count: number): string[] =>
    Array.from(new Set(Array.from({ length: count }, () => random.pick(e.articles))));
  const sources = (): string[] => articles(random.between(1, 2)).map(nameOf);

  for (const place of e.places) {
    const parent = e.regions.includes(place) ? random.pick(e.countries) : random.pick(e.regions);
    builder.addRel('IN', place, parent, { sources: sources() });
  }
  for (const country of e.countries) {
    for (let i = random.between(1, 3); i > 0; i--) {
      builder.addRel('MEMBER_OF', country, random.pick(e.organizations), { sources: sources() });
    }
  }
  for (let i = 0; i < Math.max(1, Math.round(e.countries.length / 10)); i++) {
    builder.addRel('OCCUPIES', random.pick(e.countries), random.pick(e.regions), { sources: sources() });
  }
  for (const person of e.persons.filter(() => random.chance(0.3))) {
    const target = random.chance(0.5) ? random.pick(e.countries) : random.pick(e.organizations);
    builder.addRel('HOLDS_ROLE', person, target, { title: random.pick(words.TITLES), sources: sources() });
  }
  for (const agreement of e.agreements) {
    for (let i = 0; i < 2; i++)
      builder.addRel('PARTY_TO', random.pick(actors.slice(4)).pick(random), agreement);
    for (const article of articles(random.between(1, 2))) {
      builder.addRel('REPORTED_IN', agreement, article, { quote: quote(random, 'the negotiators') });
    }
  }

  const topics = [e.agreements, e.resources, e.topics];
  for (let index = 0; index < plan.meetings; index++) {
    // The draws keep their order (date, name, precision, text, status, kind): the same seed, the same corpus.
    const day = randomDate(random);
    const name = `${random.pick(words.MEETING_KINDS)} ${index}`;
    const datePrecision = random.pick(words.DATE_PRECISIONS);
    const dateText = random.pick(words.DATE_TEXTS);
    const status = random.pick(words.MEETING_STATUSES);
    const range = dateRange(day, datePrecision);
    const meeting = builder.addNode('Meeting', {
      id: `syn-meeting-${index}`,
      name,
      date: range.dateFrom,
      ...range,
      datePrecision,
      dateText,
      status,
      kind: random.pick(words.MEETING_KINDS),
    });
    const reported = articles(random.chance(0.3) ? random.between(2, 4) : 1);
    const meetingSources = reported.map(nameOf);
    for (const article of reported) {
      builder.addRel('REPORTED_IN', meeting, article, { quote: quote(random, 'an official') });
    }
    const venue = random.chance(0.8) ? random.pick(e.places) : random.pick(e.countries);
    builder.addRel('HELD_AT', meeting, venue, { sources: meetingSources });
    // Two to eight attendees, most of them the same few hubs: the heavy tail of real coverage.
    for (let count = random.chance(0.2) ? random.between(4, 8) : random.between(2, 3); count > 0; count--) {
      const attendee = random.chance(0.75) ? persons.pick(random) : anyActor();
      builder.addRel('ATTENDED', attendee, meeting, {
        role: random.pick(words.ROLES),
        // Only a held meeting was attended; the others had attendees who were due to come.
        attendance: status === 'held' ? 'attended' : 'due',
        sources: meetingSources,
      });
    }
    if (random.chance(0.6)) {
      builder.addRel('DISCUSSED', meeting, random.pick(random.pick(topics)), { sources: meetingSources });
    }
  }

  for (let index = 0; index < plan.claims; index++) {
    const claim = builder.addNode('ResourceClaim', {
      id: `syn-claim-${index}`,
      name: `claim ${index}`,
      text: `The deposits are worth more than estimated (${index}).`,
      kind: random.pick(words.CLAIM_KINDS),
      value: random.chance(0.5) ? Math.round(random.next() * 1e6) / 100 : null,
      unit: random.pick(words.UNITS),
    });
    builder.addRel('MADE', anyActor(), claim, { sources: sources() });
    builder.addRel('ABOUT', claim, random.pick(e.resources), { sources: sources() });
    builder.addRel(
      'CONCERNS',
      claim,
      random.chance(0.5) ? random.pick(e.countries) : random.pick(e.regions),
      {
        sources: sources(),
      },
    );
    builder.addRel('REPORTED_IN', claim, random.pick(e.articles), { quote: quote(random, 'the minister') });
  }
  for (let index = 0; index < plan.statements; index++) {
    const date = randomDate(random);
    const statement = builder.addNode('Statement', {
      id: `syn-statement-${index}`,
      name: `statement ${index}`,
      text: `We will not give up on this (${index}).`,
      date,
      dateFrom: date,
      dateTo: date,
    });
    builder.addRel('SAID', persons.pick(random), statement, { sources: sources() });
    builder.addRel('ABOUT', statement, anyActor(), { sources: sources() });
    builder.addRel('REPORTED_IN', statement, random.pick(e.articles), {
      quote: quote(random, 'the speaker'),
    });
  }

  // MENTIONS fills up to exactly the requested size; articles name the hubs far more often than the rest.
  const mentionable = new HeavyTail([...e.persons, ...e.countries, ...e.organizations, ...e.places], 0.9);
  for (
    let attempts = 0;
    builder.relationships < plan.relationships && attempts < plan.relationships * 20;
    attempts++
  ) {
    builder.addRel('MENTIONS', random.pick(e.articles), mentionable.pick(random), {
      count: random.between(1, 5),
    });
  }
  return builder.corpus;
}
