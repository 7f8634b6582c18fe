// npm exec tsx bench/mentions.ts [-- --json]: mention detection measured on the five seed articles against
// what the seed graph already says about them. Entities: the distinct top candidates of known-entity
// mentions per article against (a) the article's MENTIONS (only predictions of the labels MENTIONS links
// count there) and (b) MENTIONS plus the entities of the facts reported in it; recall and precision summed over the articles (micro). Dates: for each meeting an article
// reports with its own date words (REPORTED_IN.dateText), the date mention at those words (the occurrence
// nearest the report's quote) must resolve within the meeting's dateFrom..dateTo. Starts its own Neo4j.
import { readFileSync } from 'node:fs';
import { cypherFile } from '../server/db/cypher-files.ts';
import { type ReadContext, readQuery } from '../server/db/read.ts';
import { buildEntityMatcher } from '../server/mentions/detect-entities.ts';
import { detectMentions } from '../server/mentions/detect-mentions.ts';
import { loadCatalogue } from '../server/mentions/entity-catalogue.ts';
import { seedDatabase } from '../server/seed/seed-loader.ts';

const MENTIONS_LABELS = new Set(['Person', 'Country', 'Organization', 'Place', 'Resource']);
const goldQuery = cypherFile(import.meta.url, './cypher/mention-gold.cypher');
const manifestUrl = new URL('../seeds/manifest.json', import.meta.url);

export interface Score {
  found: number;
  expected: number;
  correct: number;
  recall: number;
  precision: number;
}

export interface MentionMeasurement {
  articles: number;
  /** Known-entity linking (top candidate) against the article's MENTIONS. */
  entitiesVsMentions: Score;
  /** The same against MENTIONS plus the entities of the facts reported in the article. */
  entitiesVsLinked: Score;
  /** Meeting reports' date words resolved within the meeting's dates. */
  dates: Score;
  /** What was missed and what was extra, for reading the figures. */
  misses: { article: string; missed: string[]; extra: string[]; wrongDates: string[] }[];
}

interface Report {
  meeting: string;
  dateText: string;
  quote: string | null;
  dateFrom: string;
  dateTo: string;
}

const score = (correct: number, found: number, expected: number): Score => ({
  found,
  expected,
  correct,
  recall: expected === 0 ? 1 : correct / expected,
  precision: found === 0 ? 1 : correct / found,
});

function occurrences(text: string, words: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) at.push(i);
  return at;
}

export async function measureMentions(context: ReadContext): Promise<MentionMeasurement> {
  const ids = (JSON.parse(readFileSync(manifestUrl, 'utf8')) as { id: string }[]).map((entry) => entry.id);
  const matcher = buildEntityMatcher(await loadCatalogue(context));
  const records = await readQuery(context, goldQuery.fill(), { ids });
  const counts = () => ({ correct: 0, found: 0, expected: 0 });
  const totals = { mentions: counts(), linked: counts(), dates: counts() };
  const misses: MentionMeasurement['misses'] = [];
  for (const record of records) {
    const text = String(record.get('text') ?? '');
    const published = record.get('published') as string | null;
    const mentioned = new Set(record.get('mentioned') as string[]);
    const linked = new Set([...mentioned, ...(record.get('participants') as string[])]);
    const mentions = detectMentions({ text, published, matcher });
    const predicted = new Set(
      mentions.flatMap((m) =>
        m.kind === 'entity' && m.known && m.candidates[0] ? [m.candidates[0].key] : [],
      ),
    );
    const add = (into: ReturnType<typeof counts>, gold: Set<string>, found: string[]) => {
      into.correct += found.filter((key) => gold.has(key)).length;
      into.found += found.length;
      into.expected += gold.size;
    };
    // MENTIONS links people, countries, organizations, places and resources only: topics and events found
    // in the text are neither right nor wrong against it.
    add(
      totals.mentions,
      mentioned,
      [...predicted].filter((key) => MENTIONS_LABELS.has(key.split(':')[0] ?? '')),
    );
    add(totals.linked, linked, [...predicted]);

    const wrongDates: string[] = [];
    for (const report of record.get('reports') as Report[]) {
      const places = occurrences(text, report.dateText);
      if (places.length === 0) continue;
      totals.dates.expected++;
      const quoteAt = report.quote ? text.indexOf(report.quote.slice(0, 40)) : -1;
      const at = places.reduce((best, p) => (Math.abs(p - quoteAt) < Math.abs(best - quoteAt) ? p : best));
      const end = at + report.dateText.length;
      const date = mentions.find(
        (m) => m.kind === 'date' && m.start < end && at < m.end && m.dateFrom !== null,
      );
      if (date?.kind !== 'date' || date.dateFrom === null || date.dateTo === null) {
        wrongDates.push(`${report.meeting}: "${report.dateText}" not resolved`);
        continue;
      }
      totals.dates.found++;
      if (date.dateFrom >= report.dateFrom && date.dateTo <= report.dateTo) totals.dates.correct++;
      else
        wrongDates.push(
          `${report.meeting}: "${report.dateText}" → ${date.dateFrom}..${date.dateTo}, meeting ${report.dateFrom}..${report.dateTo}`,
        );
    }
    misses.push({
      article: String(record.get('id')),
      missed: [...linked].filter((key) => !predicted.has(key)),
      extra: [...predicted].filter((key) => !linked.has(key)),
      wrongDates,
    });
  }
  const scoreOf = ({ correct, found, expected }: ReturnType<typeof counts>) =>
    score(correct, found, expected);
  return {
    articles: records.length,
    entitiesVsMentions: scoreOf(totals.mentions),
    entitiesVsLinked: scoreOf(totals.linked),
    dates: scoreOf(totals.dates),
    misses,
  };
}

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

export function formatMeasurement(m: MentionMeasurement): string {
  const line = (name: string, s: Score) =>
    `${name.padEnd(44)} recall ${pct(s.recall).padStart(6)} (${s.correct}/${s.expected})  precision ${pct(s.precision).padStart(6)} (${s.correct}/${s.found})`;
  return [
    `mention detection on ${m.articles} seed articles`,
    line('known entities (top candidate) vs MENTIONS', m.entitiesVsMentions),
    line('known entities vs MENTIONS + fact entities', m.entitiesVsLinked),
    line("meeting dates from the report's date words", m.dates),
  ].join('\n');
}

async function main(): Promise<void> {
  const { startBenchNeo4j } = await import('./instance.ts');
  const { loadConfig } = await import('../server/config.ts');
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const neo4j = await startBenchNeo4j(log);
  try {
    await seedDatabase(neo4j.driver, { database: neo4j.connection.database, log: () => {} });
    const config = { ...loadConfig({}), neo4j: neo4j.connection };
    const measured = await measureMentions({ driver: neo4j.driver, config });
    console.log(
      process.argv.includes('--json') ? JSON.stringify(measured, null, 2) : formatMeasurement(measured),
    );
    if (process.argv.includes('--verbose'))
      for (const miss of measured.misses) console.log(JSON.stringify(miss));
  } finally {
    await neo4j.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`bench/mentions: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
