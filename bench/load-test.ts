// `npm run bench:load [-- --duration 30]`: a realistic mix of API requests with autocannon against the real
// app and a seeded local Neo4j on loopback, for a fixed time, first alone and then beside slow Cypher
// queries: requests/s, p50/p90/p99 and errors per route, and how much the slow queries slow the rest.
import autocannon from 'autocannon';
import { integerOption, parseCommandLine, runCli } from '../scripts/cli.ts';
import type { Neo4jConnection } from '../server/config.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver } from '../server/db/driver.ts';
import { databaseIsEmpty, seedDatabase } from '../server/seed/seed-loader.ts';
import { startLocalTestNeo4j } from '../tests/support/test-database.ts';
import { startApiChild } from './api-child.ts';

interface Route {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** Concurrent connections: the weight of this route in the mix. */
  connections: number;
}

/** What an analyst's session sends: searching, opening nodes, expanding, meetings, paths, own Cypher. */
const FAST_MIX: Route[] = [
  { name: 'search', method: 'GET', path: '/api/search?q=zelensky', connections: 3 },
  { name: 'node', method: 'GET', path: '/api/nodes/Person:donald-trump', connections: 2 },
  {
    name: 'neighbours',
    method: 'GET',
    path: '/api/nodes/Person:donald-trump/neighbours?depth=2',
    connections: 2,
  },
  { name: 'meetings', method: 'GET', path: '/api/meetings?participant=Person:donald-trump', connections: 1 },
  { name: 'who-met-whom', method: 'GET', path: '/api/who-met-whom', connections: 1 },
  { name: 'paths', method: 'GET', path: '/api/paths?from=Person:donald-trump&to=Country:UA', connections: 1 },
  {
    name: 'cypher read',
    method: 'POST',
    path: '/api/cypher',
    body: {
      query:
        'MATCH (p:Person)-[:ATTENDED]->(m:Meeting) RETURN p.name AS name, count(m) AS n ORDER BY n DESC LIMIT 10',
    },
    connections: 1,
  },
];

/** A query that keeps a core busy for seconds, well inside the default 10 s timeout. */
const SLOW_CYPHER: Route = {
  name: 'cypher slow',
  method: 'POST',
  path: '/api/cypher',
  body: { query: 'UNWIND range(1, 20000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n' },
  connections: 6,
};

interface RouteFigures {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
}

function run(base: string, route: Route, seconds: number): Promise<RouteFigures> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${base}${route.path}`,
        method: route.method,
        connections: route.connections,
        duration: seconds,
        timeout: 30,
        ...(route.body
          ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(route.body) }
          : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          name: route.name,
          requests: result.requests.total,
          rps: result.requests.average,
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          // Non-2xx answers, socket errors and timeouts all count as errors.
          errors: result.non2xx + result.errors + result.timeouts,
        });
      },
    );
  });
}

function table(title: string, rows: RouteFigures[]): void {
  console.log(`\n${title}`);
  console.log(
    `${'route'.padEnd(14)}${'requests'.padStart(10)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p90 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(14)}${String(row.requests).padStart(10)}${row.rps.toFixed(1).padStart(9)}${String(row.p50).padStart(9)}${String(row.p90).padStart(9)}${String(row.p99).padStart(9)}${String(row.errors).padStart(8)}`,
    );
  }
  const total = rows.reduce((sum, row) => sum + row.rps, 0);
  console.log(`${'all'.padEnd(14)}${''.padStart(10)}${total.toFixed(1).padStart(9)}`);
}

async function database(): Promise<{ connection: Neo4jConnection; stop: () => Promise<void> }> {
  const config = loadConfig();
  if (config.externalNeo4j) return { connection: config.neo4j, stop: async () => {} };
  console.log('Starting a private local Neo4j on loopback…');
  const local = await startLocalTestNeo4j();
  return { connection: local.connection, stop: local.remove };
}

async function main(): Promise<void> {
  const { values } = parseCommandLine({ options: { duration: { type: 'string', default: '30' } } });
  const seconds = integerOption('duration', values.duration, 1, 3600);
  const db = await database();
  const driver = createDriver(db.connection);
  try {
    if (await databaseIsEmpty(driver, db.connection.database)) {
      console.log('Seeding…');
      await seedDatabase(driver, { database: db.connection.database, log: () => {} });
    }
  } finally {
    await driver.close();
  }
  // One client address sends everything, so the per-client rate limits are lifted for the bench.
  const api = await startApiChild(db.connection, {
    RATE_LIMIT_CYPHER_PER_MINUTE: '1000000',
    RATE_LIMIT_EXPORT_PER_MINUTE: '1000000',
  });
  try {
    console.log(
      `API at ${api.url}; ${seconds} s per phase, ${FAST_MIX.reduce((n, r) => n + r.connections, 0)} connections in the mix`,
    );
    // Warm-up: query plans and the JIT, not measured.
    await Promise.all(FAST_MIX.map((route) => run(api.url, { ...route, connections: 1 }, 3)));

    const alone = await Promise.all(FAST_MIX.map((route) => run(api.url, route, seconds)));
    table(`Mix alone (${seconds} s)`, alone);

    const beside = await Promise.all([...FAST_MIX, SLOW_CYPHER].map((route) => run(api.url, route, seconds)));
    table(`Mix beside ${SLOW_CYPHER.connections} connections of slow Cypher (${seconds} s)`, beside);

    console.log('\nSlow Cypher vs the rest: p99 beside / p99 alone, per route');
    for (const route of alone) {
      const with_ = beside.find((row) => row.name === route.name);
      if (!with_) continue;
      console.log(
        `  ${route.name.padEnd(14)} ${(with_.p99 / Math.max(route.p99, 1)).toFixed(2)}×  (${route.p99} → ${with_.p99} ms)`,
      );
    }
  } finally {
    await api.stop();
    await db.stop();
  }
}

const USAGE = `usage: npm run bench:load -- [--duration SECONDS]

A realistic mix of API requests (autocannon) against the real app and a seeded Neo4j (NEO4J_URI, or a private
local one on loopback), first alone and then beside slow Cypher queries: requests/s, p50/p90/p99 and errors
per route.

Options:
  --duration SECONDS   per phase (default 30)
  -h, --help           this text`;

runCli({ name: 'bench:load', usage: USAGE }, main);
