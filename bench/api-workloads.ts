// The four API workloads, each as an HTTP path and as the very same Cypher (the server's .cypher files) for the bare driver.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { LAST_NAMES } from '../loader/corpus/vocabulary.ts';
import {
  cypherFile,
  integerFragment,
  labelFragment,
  relationshipTypesFragment,
} from '../server/db/cypher-files.ts';
import { whoMetWhomParams } from '../server/graph/met.ts';
import { visibilityParams } from '../server/graph/visibility.ts';
import { PROVENANCE_TYPES } from '../server/paths/paths.service.ts';
import { buildLuceneQuery } from '../server/search/lucene-query.ts';

const queries = {
  neighbours: cypherFile(import.meta.url, '../server/explore/queries/neighbours.cypher'),
  whoMetWhom: cypherFile(import.meta.url, '../server/meetings/queries/who-met-whom.cypher'),
  withoutPairs: cypherFile(import.meta.url, '../server/meetings/queries/meetings-without-pairs.cypher'),
  search: cypherFile(import.meta.url, '../server/search/queries/search.cypher'),
  exists: cypherFile(import.meta.url, '../server/paths/queries/endpoints-exist.cypher'),
  paths: cypherFile(import.meta.url, '../server/paths/queries/shortest-paths.cypher'),
};

export interface Workload {
  name: string;
  /** The i-th request's path, so both sides cycle through the same inputs. */
  path: (i: number) => string;
  /** The same read(s) the service runs for that request, through the bare driver. */
  run: (driver: Driver, i: number, protocol?: Protocol) => Promise<unknown>;
}

/** The defaults the API applies (server/*.schemas.ts), repeated here for the bare driver. */
const NEIGHBOUR_LIMIT = 200;
const SEARCH_LIMIT = 10;
/** The API's default number of shortest paths (contract/paths.ts). */
const PATH_K = 3;
const PATH_MAX_LENGTH = 6;
const TIMEOUT_MS = 10_000;

/** Persons ranked 5 to 64: well connected but not the one hub whose expansion would dominate every figure. */
const person = (i: number) => `syn-person-${5 + (i % 60)}`;
const DAY_MS = 86_400_000;
/** The i-th date window: one of 96 starts a month apart from 2016, `days` long. */
const windowOf = (i: number, days: number) => {
  const start = Date.UTC(2016, 0, 1) + (i % 96) * 30 * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(start), to: iso(start + (days - 1) * DAY_MS) };
};

/**
 * How the bare driver runs a read: `executeQuery` (a managed transaction: BEGIN with RUN and PULL, then a
 * COMMIT round trip), the driver's recommended call and the targets' reference; or an auto-commit query
 * (RUN and PULL in one round trip), as the API reads (server/db/read.ts).
 */
export type Protocol = 'managed' | 'auto-commit';

async function read(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
  protocol: Protocol = 'managed',
) {
  if (protocol === 'managed') {
    return driver.executeQuery(query, params, {
      database: 'neo4j',
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: TIMEOUT_MS },
    });
  }
  const session = driver.session({
    database: 'neo4j',
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    return await session.run(query, params, { timeout: TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

/** who-met-whom over windows `windowDays` long, cycling through 96 starts a month apart. */
export function whoMetWhomWorkload(windowDays: number): Workload {
  const window = (i: number) => windowOf(i, windowDays);
  const whoMetWhom = queries.whoMetWhom.fill();
  const withoutPairs = queries.withoutPairs.fill();
  return {
    name: `who-met-whom (${windowDays}-day window)`,
    path: (i) => `/api/who-met-whom?from=${window(i).from}&to=${window(i).to}`,
    // Both reads the service runs, side by side as it does: the pairs and the meetings that make none.
    run: (driver, i, protocol) =>
      Promise.all([
        read(driver, whoMetWhom, whoMetWhomParams(window(i)), protocol),
        read(
          driver,
          withoutPairs,
          { ...whoMetWhomParams(window(i)), internal: visibilityParams().internal },
          protocol,
        ),
      ]),
  };
}

/**
 * `windowDays` is chosen by the caller so that a window holds about the same number of meetings at
 * every corpus size: the who-met-whom answer then stays the same size and only the graph grows.
 */
export function workloads(relationshipTypes: readonly string[], windowDays: number): Workload[] {
  const pathTypes = relationshipTypes.filter((type) => !PROVENANCE_TYPES.includes(type)).sort();
  const personLabel = labelFragment('Person');
  const neighbours = queries.neighbours.fill({
    label: personLabel,
    types: relationshipTypesFragment([]),
    depth: integerFragment(1, 1, 3),
  });
  const pathFragments = {
    fromLabel: personLabel,
    toLabel: personLabel,
    types: relationshipTypesFragment(pathTypes),
    maxLength: integerFragment(PATH_MAX_LENGTH, 1, 10),
  };
  const exists = queries.exists.fill(pathFragments);
  // The API's first search (server/paths/paths.service.ts); its fallback, when that runs out of time, is not
  // mirrored: the driver side's failures are the single query's.
  const paths = queries.paths.fill({ ...pathFragments, selector: `SHORTEST ${PATH_K}` });
  const search = queries.search.fill();
  const other = (i: number) => person(i * 7 + 31);
  return [
    {
      name: 'neighbours',
      path: (i) => `/api/nodes/${encodeURIComponent(`Person:${person(i)}`)}/neighbours`,
      run: (driver, i, protocol) =>
        read(
          driver,
          neighbours,
          { ...visibilityParams(), id: person(i), limit: neo4j.int(NEIGHBOUR_LIMIT) },
          protocol,
        ),
    },
    whoMetWhomWorkload(windowDays),
    {
      name: 'search',
      path: (i) => `/api/search?q=${encodeURIComponent(LAST_NAMES[i % LAST_NAMES.length] ?? 'Kim')}`,
      run: (driver, i, protocol) =>
        read(
          driver,
          search,
          {
            ...visibilityParams(),
            query: buildLuceneQuery(LAST_NAMES[i % LAST_NAMES.length] ?? 'Kim'),
            labels: [],
            limit: neo4j.int(SEARCH_LIMIT),
          },
          protocol,
        ),
    },
    {
      name: 'shortest paths',
      path: (i) =>
        `/api/paths?from=${encodeURIComponent(`Person:${person(i)}`)}&to=${encodeURIComponent(`Person:${other(i)}`)}`,
      run: async (driver, i, protocol) => {
        const params = { fromId: person(i), toId: other(i) };
        await read(driver, exists, params, protocol);
        return read(
          driver,
          paths,
          { ...params, ...visibilityParams(), avoid: [], limit: neo4j.int(PATH_K) },
          protocol,
        );
      },
    },
  ];
}
