// PROFILE of every public read route's Cypher on the synthetic corpus: rows, db hits and time per route, so a
// query whose cost grows with the graph rather than with its answer shows up. Also who-met-whom through the
// API against the bare driver. Starts its own throw-away Neo4j and loads the corpus, or reads a loaded one.
//   npx tsx bench/profile-routes.ts [--relationships 1000000] [--corpus dir] [--runs 3] [--only overview,node]
//   npx tsx bench/profile-routes.ts --uri bolt://127.0.0.1:7687 [--password …]   (a database already loaded)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { LAST_NAMES } from '../loader/corpus/vocabulary.ts';
import { LOCAL_DEFAULT_PASSWORD, type Neo4jConnection } from '../server/config.ts';
import {
  cypherFile,
  integerFragment,
  labelFragment,
  relationshipTypesFragment,
} from '../server/db/cypher-files.ts';
import { publicGraphCounts } from '../server/db/graph-counts.ts';
import { type MetFilter, whoMetWhomParams } from '../server/graph/met.ts';
import { INTERNAL_LABELS, visibilityParams } from '../server/graph/visibility.ts';
import { buildLuceneQuery } from '../server/search/lucene-query.ts';
import { startApiChild } from './api-child.ts';
import { type BenchNeo4j, startBenchNeo4j } from './instance.ts';
import { npmRun } from './npm-run.ts';

const { values } = parseArgs({
  options: {
    relationships: { type: 'string', default: '1000000' },
    corpus: { type: 'string' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    uri: { type: 'string' },
    user: { type: 'string', default: 'neo4j' },
    password: { type: 'string', default: LOCAL_DEFAULT_PASSWORD },
    'window-days': { type: 'string', default: '28' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'usage: npx tsx bench/profile-routes.ts [--relationships 1000000] [--corpus dir] [--runs 3] [--only a,b]\n' +
      '       [--uri bolt://… --user neo4j --password …] [--window-days 28]',
  );
  process.exit(0);
}

const TIMEOUT_MS = 10_000;
const file = (path: string) => cypherFile(import.meta.url, path);
const q = {
  overview: file('../server/explore/queries/overview.cypher'),
  node: file('../server/explore/queries/node.cypher'),
  relations: file('../server/explore/queries/node-relations.cypher'),
  neighbours: file('../server/explore/queries/neighbours.cypher'),
  schema: file('../server/explore/queries/schema.cypher'),
  search: file('../server/search/queries/search.cypher'),
  meetings: file('../server/meetings/queries/meetings.cypher'),
  whoMetWhom: file('../server/meetings/queries/who-met-whom.cypher'),
  withoutPairs: file('../server/meetings/queries/meetings-without-pairs.cypher'),
  claims: file('../server/claims/queries/claims.cypher'),
  lookup: file('../server/db/node-lookup.cypher'),
  labels: file('../server/db/labels.cypher'),
  types: file('../server/db/relationship-types.cypher'),
  countLabel: file('../server/db/count-label.cypher'),
  countType: file('../server/db/count-type.cypher'),
  drafts: file('../server/db/visible-counts/draft-articles.cypher'),
  retractedKeys: file('../server/db/visible-counts/retracted-keys.cypher'),
  internalCount: file('../server/db/visible-counts/internal-relationship-count.cypher'),
};

/** One statement a route runs; a route's cost is the sum over its statements. */
interface Step {
  query: string;
  params?: Record<string, unknown>;
  /** The key lookup the route starts with: its db hits count, its rows are not the answer. */
  lookup?: boolean;
}
interface Route {
  name: string;
  steps: Step[];
}

const int = (value: number) => neo4j.int(value);
const vis = visibilityParams();
const DAY_MS = 86_400_000;
/** The i-th window of `days`, starts a month apart from 2016 (as bench/api-workloads.ts). */
function windowOf(i: number, days: number) {
  const start = Date.UTC(2016, 0, 1) + (i % 96) * 30 * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(start), to: iso(start + (days - 1) * DAY_MS) };
}

/** What GET /api/who-met-whom runs (server/meetings/meetings.service.ts): the pairs, then the meetings left out. */
const whoMetWhomSteps = (filter: MetFilter): Step[] => [
  { query: q.whoMetWhom.fill(), params: whoMetWhomParams(filter) },
  { query: q.withoutPairs.fill(), params: { ...whoMetWhomParams(filter), internal: vis.internal } },
];

/** The key lookup every route taking a key starts with (resolveKey: one index seek). */
const lookup = (label: string, id: string): Step => ({
  query: q.lookup.fill({ label: labelFragment(label) }),
  params: { ids: [id] },
  lookup: true,
});

async function routes(driver: Driver, windowDays: number): Promise<Route[]> {
  const person = 'syn-person-5';
  const hub = 'syn-person-0';
  const window = windowOf(3, windowDays);
  const { records } = await driver.executeQuery(
    'MATCH (m:Meeting {id: $id}) RETURN m.id AS id',
    { id: 'syn-meeting-0' },
    { routing: neo4j.routing.READ },
  );
  const meeting = records.length > 0 ? 'syn-meeting-0' : 'm-munich-2025-02-14';
  // As the service passes them (requirePublicFoundNodes): label, id and the element id the lookup found.
  const found = async (lbl: string, id: string) => {
    const result = await run(driver, lookup(lbl, id));
    return { label: lbl, id, elementId: String(result.records[0]?.get('elementId')) };
  };
  const label = (name: string) => ({ label: labelFragment(name) });
  const neighbours = (id: string, depth: number): Step => ({
    query: q.neighbours.fill({
      label: labelFragment('Person'),
      types: relationshipTypesFragment([]),
      depth: integerFragment(depth, 1, 3),
    }),
    params: { ...vis, id, limit: int(200) },
  });
  const nodeSteps = (lbl: string, id: string): Step[] => [
    lookup(lbl, id),
    { query: q.node.fill(label(lbl)), params: { ...vis, id } },
    { query: q.relations.fill(label(lbl)), params: { ...vis, id, limit: int(500) } },
  ];
  const meetingsParams = {
    participants: [],
    place: null,
    from: null,
    to: null,
    statuses: [],
    minSources: null,
    limit: int(500),
  };
  const claimsParams = { resource: null, country: null, claimant: null, minSources: null, limit: int(200) };
  const stats = await statsSteps(driver);
  return [
    {
      name: 'overview (limit 150)',
      steps: [{ query: q.overview.fill(), params: { ...vis, limit: int(150) } }],
    },
    { name: `node Person:${person}`, steps: nodeSteps('Person', person) },
    { name: `node Person:${hub} (top hub)`, steps: nodeSteps('Person', hub) },
    { name: `node Meeting:${meeting}`, steps: nodeSteps('Meeting', meeting) },
    { name: `neighbours ${person}, depth 1`, steps: [lookup('Person', person), neighbours(person, 1)] },
    { name: `neighbours ${person}, depth 2`, steps: [lookup('Person', person), neighbours(person, 2)] },
    { name: `neighbours ${hub} (top hub), depth 1`, steps: [lookup('Person', hub), neighbours(hub, 1)] },
    {
      name: 'search "Mbeki" (limit 10)',
      steps: [
        {
          query: q.search.fill(),
          params: { ...vis, query: buildLuceneQuery('Mbeki'), labels: [], limit: int(10) },
        },
      ],
    },
    {
      name: `search "${LAST_NAMES[3] ?? 'Kim'}" in Meeting`,
      steps: [
        {
          query: q.search.fill(),
          params: {
            ...vis,
            query: buildLuceneQuery(LAST_NAMES[3] ?? 'Kim'),
            labels: ['Meeting'],
            limit: int(10),
          },
        },
      ],
    },
    {
      name: `meetings by participant ${person}`,
      steps: [
        lookup('Person', person),
        {
          query: q.meetings.fill(),
          params: { ...meetingsParams, participants: [await found('Person', person)] },
        },
      ],
    },
    {
      name: `meetings by participant ${hub} (top hub)`,
      steps: [
        lookup('Person', hub),
        {
          query: q.meetings.fill(),
          params: { ...meetingsParams, participants: [await found('Person', hub)] },
        },
      ],
    },
    {
      name: `meetings, ${windowDays}-day window`,
      steps: [{ query: q.meetings.fill(), params: { ...meetingsParams, ...window } }],
    },
    {
      name: 'meetings, no filter (first 500)',
      steps: [{ query: q.meetings.fill(), params: meetingsParams }],
    },
    {
      name: `who-met-whom, ${windowDays}-day window`,
      steps: whoMetWhomSteps(window),
    },
    {
      name: `who-met-whom, ${windowDays}-day window, minSources 2`,
      steps: whoMetWhomSteps({ ...window, minSources: 2 }),
    },
    { name: 'claims, no filter (first 200)', steps: [{ query: q.claims.fill(), params: claimsParams }] },
    {
      name: 'claims by resource syn-resource-0',
      steps: [{ query: q.claims.fill(), params: { ...claimsParams, resource: 'syn-resource-0' } }],
    },
    {
      name: 'claims by country US',
      steps: [{ query: q.claims.fill(), params: { ...claimsParams, country: 'US' } }],
    },
    {
      name: `claims by claimant Person:${person}`,
      steps: [
        { query: q.claims.fill(), params: { ...claimsParams, claimant: { label: 'Person', id: person } } },
      ],
    },
    {
      name: 'claims, minSources 3',
      steps: [{ query: q.claims.fill(), params: { ...claimsParams, minSources: int(3) } }],
    },
    { name: 'schema', steps: [{ query: q.schema.fill() }] },
    { name: 'stats (count store, every part)', steps: stats },
  ];
}

/** The statements publicGraphCounts runs (server/db/graph-counts.ts) on a graph without drafts or retractions. */
async function statsSteps(driver: Driver): Promise<Step[]> {
  const read = async (query: string, column: string) =>
    (await driver.executeQuery(query, {}, { routing: neo4j.routing.READ })).records.map((r) =>
      String(r.get(column)),
    );
  const labels = await read(q.labels.fill(), 'label');
  const types = await read(q.types.fill(), 'type');
  return [
    { query: q.labels.fill() },
    { query: q.types.fill() },
    ...labels.map((label) => ({ query: q.countLabel.fill({ label: labelFragment(label) }) })),
    ...types.map((type) => ({ query: q.countType.fill({ types: relationshipTypesFragment([type]) }) })),
    { query: q.drafts.fill() },
    { query: q.retractedKeys.fill() },
    ...INTERNAL_LABELS.map((label) => ({ query: q.internalCount.fill({ label: labelFragment(label) }) })),
  ];
}

function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

const run = (driver: Driver, step: Step, prefix = '') =>
  driver.executeQuery(`${prefix}${step.query}`, step.params ?? {}, {
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: TIMEOUT_MS },
  });

interface Measured {
  route: string;
  rows: number | string;
  hits: number | null;
  /** db hits per statement, when the route runs more than one besides the key lookup. */
  split?: string;
  ms: number | null;
}

/** PROFILE once (which also warms the page cache), then the median of `runs` plain runs. */
async function measure(driver: Driver, route: Route, runs: number): Promise<Measured> {
  try {
    // Rows and db hits per statement (the key lookup aside), so a route of two queries shows both.
    const rows: number[] = [];
    const perStatement: number[] = [];
    let lookupHits = 0;
    for (const step of route.steps) {
      const result = await run(driver, step, 'PROFILE ');
      const hits = result.summary.profile ? dbHits(result.summary.profile) : 0;
      if (step.lookup) lookupHits += hits;
      else {
        rows.push(result.records.length);
        perStatement.push(hits);
      }
    }
    const hits = perStatement.reduce((sum, value) => sum + value, lookupHits);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      for (const step of route.steps) await run(driver, step);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const ms = Math.round(times[Math.floor(times.length / 2)] ?? 0);
    // A route of many small statements (stats) is summed; two or three are listed one by one.
    const few = perStatement.length <= 3;
    const split =
      few && perStatement.length > 1
        ? perStatement.map((value) => value.toLocaleString('en')).join(' + ')
        : '';
    const rowText = few ? rows.join(' + ') : `${perStatement.length} statements`;
    return { route: route.name, rows: rowText, hits, split, ms };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { route: route.name, rows: `failed: ${reason?.slice(0, 60)}`, hits: null, ms: null };
  }
}

/**
 * The generator writes meetings' `date` and attendees' `role` only, while the public queries read the v2
 * range (`dateFrom`, `dateTo`) and `attendance` (SCHEMA.md Extensions v2). Without them every windowed or
 * participant query answers nothing at any size, so the corpus is completed here the way publishing
 * would have written it: the range the precision spans, and `attended`.
 */
async function completeCorpus(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run(`
      MATCH (m:Meeting) WHERE m.date IS NOT NULL AND m.dateFrom IS NULL
      CALL (m) {
        WITH m, CASE m.datePrecision WHEN 'month' THEN date.truncate('month', m.date)
          WHEN 'year' THEN date.truncate('year', m.date) ELSE m.date END AS start
        SET m.dateFrom = start, m.dateTo = CASE m.datePrecision
          WHEN 'week' THEN start + duration('P6D') WHEN 'month' THEN start + duration('P1M') - duration('P1D')
          WHEN 'year' THEN start + duration('P1Y') - duration('P1D') ELSE start END
      } IN TRANSACTIONS OF 10000 ROWS`);
    await session.run(`
      MATCH ()-[a:ATTENDED]->() WHERE a.attendance IS NULL
      CALL (a) { SET a.attendance = 'attended' } IN TRANSACTIONS OF 10000 ROWS`);
  } finally {
    await session.close();
  }
}

/** who-met-whom through the API (a child process, the real app) against the same Cypher through the driver. */
async function whoMetWhomApiVsDriver(
  connection: Neo4jConnection,
  driver: Driver,
  windowDays: number,
  runs: number,
): Promise<string> {
  const api = await startApiChild(connection);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  // CPU time of the API process (utime + stime, in clock ticks of 10 ms): its own work per request, which
  // the machine's load does not inflate the way it does the clock.
  const apiCpuMs = () => {
    const fields = readFileSync(`/proc/${api.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  const loads = [loadAverage()];
  try {
    const apiMs: number[] = [];
    const apiCpu: number[] = [];
    const driverMs: number[] = [];
    let pairs = 0;
    let failed = 0;
    // Distinct windows, so that a result cache in the API (if any) never answers: both sides do the work.
    for (let i = 0; i < Math.max(runs, 3) * 2; i++) {
      const window = windowOf(10 + i, windowDays);
      const viaApi = async () => {
        const cpuBefore = apiCpuMs();
        const started = performance.now();
        // Uncompressed, as the bench's autocannon asks: the API's gzip is not the database's work.
        const response = await fetch(`${api.url}/api/who-met-whom?from=${window.from}&to=${window.to}`, {
          headers: { 'accept-encoding': 'identity' },
        });
        const body = (await response.json()) as { graph?: { edges?: unknown[] } };
        if (response.ok) {
          apiMs.push(performance.now() - started);
          apiCpu.push(apiCpuMs() - cpuBefore);
        } else failed++;
        pairs = Math.max(pairs, body.graph?.edges?.length ?? 0);
      };
      const viaDriver = async () => {
        const started = performance.now();
        // Side by side, as the service runs them.
        const [result] = await Promise.all(whoMetWhomSteps(window).map((step) => run(driver, step)));
        driverMs.push(performance.now() - started);
        pairs = Math.max(pairs, result?.records.length ?? 0);
      };
      // Each side goes first on every other window: the second to read a window finds its pages warm.
      if (i % 2 === 0) {
        await viaApi();
        await viaDriver();
      } else {
        await viaDriver();
        await viaApi();
      }
      if (i % 5 === 4) loads.push(loadAverage());
    }
    const a = median(apiMs);
    const d = median(driverMs);
    return (
      `who-met-whom ${windowDays}-day windows through the API: ${apiMs.length} answered, ${failed} failed; ` +
      `p50 API ${Math.round(a)} ms vs bare driver ${Math.round(d)} ms (${(a / d).toFixed(2)}×); up to ${pairs} pairs; ` +
      `API process CPU per request p50 ${Math.round(median(apiCpu))} ms; load average ${loads.join(', ')}`
    );
  } finally {
    await api.stop();
  }
}

const log = (line: string) => process.stderr.write(`${line}\n`);
/** The 1-minute load average (Linux), printed beside the timings it distorts. */
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '?';
let bench: BenchNeo4j | undefined;
let corpusDir: string | undefined;
let connection: Neo4jConnection;
let driver: Driver;
if (values.uri) {
  connection = { uri: values.uri, user: values.user, password: values.password, database: 'neo4j' };
  driver = neo4j.driver(values.uri, neo4j.auth.basic(values.user, values.password));
} else {
  bench = await startBenchNeo4j(log);
  connection = bench.connection;
  driver = bench.driver;
}
try {
  if (bench) {
    const dir = values.corpus ?? mkdtempSync(join(tmpdir(), 'actorgraph-profile-'));
    if (!values.corpus) {
      corpusDir = dir;
      npmRun([
        'generate-corpus',
        '--',
        '--relationships',
        values.relationships,
        '--seed',
        '42',
        '--out',
        dir,
      ]);
    }
    const { uri, user, password } = bench.connection;
    npmRun(['bulk-load', '--', dir], { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
  }
  if (bench) {
    log('completing meetings’ date ranges and attendance…');
    await completeCorpus(driver);
  } else {
    // A database named by --uri may be shared: it is only read. One written before the corpus had the v2
    // ranges answers every window with nothing, so say so rather than measure empty answers.
    const { records: undated } = await driver.executeQuery(
      'MATCH (m:Meeting) WHERE m.dateFrom IS NULL RETURN count(m) AS n',
      {},
      { routing: neo4j.routing.READ },
    );
    const n = Number(undated[0]?.get('n') ?? 0);
    if (n > 0)
      log(`warning: ${n} meetings have no dateFrom; windows will find nothing (load a fresh corpus)`);
  }
  const runs = Number(values.runs);
  const windowDays = Number(values['window-days']);
  const only = values.only?.split(',').map((word) => word.trim().toLowerCase());
  const all = await routes(driver, windowDays);
  const chosen = only
    ? all.filter((route) => only.some((word) => route.name.toLowerCase().startsWith(word)))
    : all;
  const { records } = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS rels');
  const rows: Measured[] = [];
  for (const route of chosen) {
    log(`profiling ${route.name}…`);
    rows.push(await measure(driver, route, runs));
  }
  if (!only || only.includes('stats')) {
    const started = performance.now();
    await publicGraphCounts(driver, 'neo4j', TIMEOUT_MS);
    log(`publicGraphCounts end to end: ${Math.round(performance.now() - started)} ms`);
  }
  console.log(
    `\n${Number(records[0]?.get('rels') ?? 0).toLocaleString('en')} relationships; db hits from one PROFILE, ` +
      `time the median of ${runs} runs\n`,
  );
  const table = [
    ['route', 'rows', 'db hits', 'ms', 'db hits per statement'],
    ...rows.map((row) => [
      row.route,
      String(row.rows),
      row.hits === null ? '' : row.hits.toLocaleString('en'),
      row.ms === null ? '' : row.ms.toLocaleString('en'),
      row.split ?? '',
    ]),
  ];
  const widths = [0, 1, 2, 3, 4].map((column) =>
    Math.max(...table.map((cells) => (cells[column] ?? '').length), 3),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  const [header = [], ...body] = table;
  console.log(line(header));
  console.log(
    `| ${widths.map((width, column) => (column === 0 || column === 4 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`,
  );
  for (const cells of body) console.log(line(cells));
  if (!only || only.includes('api')) {
    console.log(`\n${await whoMetWhomApiVsDriver(connection, driver, windowDays, runs)}`);
  }
} finally {
  if (values.uri) await driver.close();
  if (bench) await bench.remove();
  if (corpusDir) rmSync(corpusDir, { recursive: true, force: true });
}
