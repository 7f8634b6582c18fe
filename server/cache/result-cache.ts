// The result cache: answers of the cacheable read endpoints kept in memory, keyed by endpoint and normalised
// parameters, and served only while the graph version they were read at is still the database's. Only
// anonymous and reader requests use it (they see exactly the public graph); editors and admins, who may see
// drafts, always go to the database and never fill it.
//
// "Validate after": a request whose answer is not in the cache under the last version the process knows goes
// straight to the database, with no version check in front of it; the check that decides whether the answer
// may be kept runs after the response has been sent. Only a request that may be a hit pays a check first, and
// not while the graph keeps changing (the last check found a new version): then hits are unlikely, and the
// request is read at once like any miss, its answer kept if the check after it finds the graph still (while it
// keeps changing, only one miss in each 100 ms pays that check).
// Requests that arrive while a miss for their key is being read wait for it (single flight, `miss-flights.ts`).
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { principalOf } from '../auth/principal.ts';
import type { AppConfig } from '../config.ts';
import { ByteLru } from './byte-lru.ts';
import { CACHEABLE_PATHS } from './cacheable-endpoints.ts';
import { versionClockOf } from './clocks.ts';
import { MissFlights } from './miss-flights.ts';

interface Entry {
  version: string;
  body: Buffer;
  etag: string;
  bytes: number;
}

export interface CacheStats {
  enabled: boolean;
  hits: number;
  misses: number;
  /** Requests that went past the cache: editors and admins, or a version check that failed. */
  bypassed: number;
  /** Misses answered by another request's read of the same key (single flight), with no query of their own. */
  coalesced: number;
  /** Requests that waited for a version check before their answer (a hit was possible). */
  checkedFirst: number;
  entries: number;
  bytes: number;
  maxBytes: number;
  evictions: number;
}

export interface ResultCache {
  /** Middleware for one endpoint: none for an endpoint the cache does not keep. */
  forEndpoint: (endpoint: { method: string; path: string }) => RequestHandler[];
  stats: () => CacheStats;
}

/** Bookkeeping per entry beyond the body (key, version, ETag, the Map's own slot). */
const ENTRY_OVERHEAD = 256;

/**
 * While the graph keeps changing, at most one check after a miss per this many milliseconds: each would most
 * likely find yet another version, and its round trip competes with the reads. Once writes stop, answers are
 * kept again within about twice this.
 */
const CHANGING_CHECK_INTERVAL_MS = 100;

export const CACHE_HEADER = 'X-Cache';

function sortedEntries(value: unknown): [string, unknown][] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Endpoint + path parameters + query string with its names sorted: `?a=1&b=2` and `?b=2&a=1` share one entry. */
export function cacheKey(path: string, req: Request): string {
  return JSON.stringify([path, sortedEntries(req.params), sortedEntries(req.query)]);
}

/** A strong ETag from the answer's bytes: the same answer has the same tag in every process. */
function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** The misses whose answer this cache sends (with its ETag) and may keep, for handlers that send JSON bytes. */
const jsonSenders = new WeakMap<Response, (text: Buffer) => Response>();

/**
 * Sends a JSON answer a handler wrote as bytes itself (who-met-whom writes its text as the records arrive), as
 * `res.json` would send it as an object: through the cache when it reads this request, else as it is.
 */
export function sendJsonBytes(res: Response, text: Buffer): void {
  const send = jsonSenders.get(res);
  if (send) send(text);
  else res.type('application/json').send(text);
}

/** Drafts must never pass through the cache: only requests that see the public graph use it. */
function seesPublicGraph(res: Response): boolean {
  const principal = principalOf(res);
  return principal === undefined || principal.role === 'reader';
}

export function resultCache({ driver, config }: { driver: Driver; config: AppConfig }): ResultCache {
  const lru = new ByteLru<Entry>(config.cache.maxBytes);
  const clock = versionClockOf(driver, config);
  const counters = { hits: 0, misses: 0, bypassed: 0, coalesced: 0, checkedFirst: 0 };
  const enabled = config.cache.maxBytes > 0;
  /**
   * Keys whose miss-path answer waits for its check, with the version it would be kept under: a request for
   * one of them may become a hit while that is still the version this process knows.
   */
  const awaitingCheck = new Map<string, { before: string; count: number }>();
  const flights = new MissFlights<Entry>();
  let lastCheckAfterMiss = Number.NEGATIVE_INFINITY;
  /** Whether a miss's answer gets its check (and may be kept): always, unless the graph keeps changing. */
  const worthChecking = (): boolean => {
    const now = performance.now();
    if (clock.changing() && now - lastCheckAfterMiss < CHANGING_CHECK_INTERVAL_MS) return false;
    lastCheckAfterMiss = now;
    return true;
  };
  if (enabled) {
    // A first known version, so the first answers can already be kept (a database not up yet: the next try).
    clock.version().catch(() => undefined);
    // Answers read under an older version can never be served again: their memory goes back at once rather
    // than when the bound evicts them, and the collector stops tracing them.
    clock.onNewVersion((version) => lru.retain((entry) => entry.version === version));
  }

  const serve = (res: Response, entry: Entry, how: 'hit' | 'coalesced' = 'hit'): void => {
    res.setHeader('ETag', entry.etag);
    res.setHeader(CACHE_HEADER, how);
    res.type('application/json');
    res.send(entry.body);
  };

  /**
   * Lets the handler run and answer; a 200 JSON answer is sent with its ETag and handed to `keep` after it
   * has been sent (any other JSON answer hands over undefined).
   */
  const runHandler = (
    res: Response,
    key: string,
    keep: (entry: Entry | undefined) => void,
    next: () => void,
  ): void => {
    counters.misses += 1;
    res.setHeader(CACHE_HEADER, 'miss');
    const json = res.json.bind(res);
    const sendText = (text: Buffer) => {
      const etag = etagOf(text);
      res.setHeader('ETag', etag);
      res.type('application/json');
      const sent = res.send(text);
      keep({ version: '', body: text, etag, bytes: text.length + key.length + ENTRY_OVERHEAD });
      return sent;
    };
    res.json = (body: unknown) => {
      if (res.statusCode !== 200) {
        const sent = json(body);
        keep(undefined);
        return sent;
      }
      return sendText(Buffer.from(JSON.stringify(body)));
    };
    jsonSenders.set(res, (text) => {
      if (res.statusCode === 200) return sendText(text);
      const sent = res.type('application/json').send(text);
      keep(undefined);
      return sent;
    });
    next();
  };

  /**
   * The miss path: the handler runs at once, then a check decides whether the answer may be kept.
   *
   * Why this is never stale: the answer goes out without any check, but its queries start after the request
   * arrived, and a Neo4j read sees every transaction committed before it started, so the answer is at least
   * as new as the request (the same as with no cache at all). Keeping it for later requests needs more:
   * Neo4j reads are read-committed, so a query that runs while a transaction commits may see part of the
   * graph before it and part after. The answer is kept only if the check that completed before the handler
   * started (`before`) and a check that starts after the answer was sent agree. Each token changes with every
   * commit (the bookmark half names the last committed transaction; the counter moves with every product
   * write), so equal tokens mean nothing committed between the two checks: every read of the handler ran on
   * exactly the graph that `before` names, and the answer is that graph's, filed under its version. If they
   * differ, a commit happened at some point in between (maybe during the queries): the answer is dropped,
   * and the clock now knows the newer version, under which the next miss can be kept.
   *
   * Requests for the key that arrive meanwhile share the answer (single flight). Those that arrive before the
   * handler starts (it starts on the next turn of the event loop, so a burst of requests gathers) take it as
   * it is: its queries start after they arrived, as theirs would have. Those that arrive while it runs are
   * covered by the same argument as keeping it: each arrived after `before` was read and before the check
   * after the answer started, so equal tokens mean the answer is the graph as it was when each arrived. If
   * the tokens differ (or there is no `before`, or the answer is not a 200) they read on their own.
   */
  const missPath = (res: Response, key: string, before: string | undefined, next: () => void): void => {
    // A request that waited for a flight that could not cover it reads alone beside a newer one.
    const flight = flights.joinable(key) ? undefined : flights.lead(key, before !== undefined);
    if (!flight) {
      runHandler(res, key, (entry) => entry && worthChecking() && checkThenKeep(key, entry, before), next);
      return;
    }
    let answered = false;
    // A handler that ends the response some other way (an error page, a stream) leaves the waiting to read.
    res.once('close', () => answered || flight.answered(undefined));
    setImmediate(() => {
      flight.start();
      runHandler(
        res,
        key,
        (entry) => {
          answered = true;
          flight.answered(entry);
          if (!entry) return;
          if (worthChecking())
            checkThenKeep(key, entry, before).then((current) => flight.checked(current ? entry : undefined));
          else flight.checked(undefined);
        },
        next,
      );
    });
  };

  /** The check after a miss's answer was sent: keeps the answer if nothing committed since `before`. */
  const checkThenKeep = (key: string, entry: Entry, before: string | undefined): Promise<boolean> => {
    if (before !== undefined) {
      awaitingCheck.set(key, { before, count: (awaitingCheck.get(key)?.count ?? 0) + 1 });
    }
    return clock
      .version()
      .then(
        (after) => {
          const current = before !== undefined && after === before;
          // `known` is checked too: a newer answer for this key may not be replaced by an older one.
          if (current && clock.known() === before) lru.set(key, { ...entry, version: before });
          return current;
        },
        () => false,
      )
      .finally(() => {
        const waiting = awaitingCheck.get(key);
        if (before === undefined || !waiting) return;
        waiting.count -= 1;
        if (waiting.count === 0) awaitingCheck.delete(key);
      });
  };

  const middleware =
    (path: string): RequestHandler =>
    async (req, res, next) => {
      if (!seesPublicGraph(res)) {
        counters.bypassed += 1;
        res.setHeader(CACHE_HEADER, 'bypass');
        next();
        return;
      }
      const arrivedAt = performance.now();
      const key = cacheKey(path, req);
      const before = clock.known();
      const held = before !== undefined && lru.get(key)?.version === before;
      const shared = held ? undefined : flights.joinable(key);
      if (shared) {
        // A read of this key is on its way: wait for it rather than start another.
        const entry = await shared;
        if (entry) {
          counters.coalesced += 1;
          serve(res, entry, 'coalesced');
        } else {
          missPath(res, key, clock.known(), next);
        }
        return;
      }
      const mayBeKept = before !== undefined && awaitingCheck.get(key)?.before === before;
      if ((!mayBeKept && !held) || clock.changing()) {
        // Not held under the last version this process knows, or that version was new when last checked
        // (writes are coming in, so it is likely gone by now): a miss is certain or likely. No check first.
        missPath(res, key, before, next);
        return;
      }
      // A hit is possible: only a check that started after this request arrived may confirm it.
      counters.checkedFirst += 1;
      let version: string;
      try {
        version = await clock.version(arrivedAt);
      } catch {
        // The database did not answer the check: the handler meets the same trouble and answers it properly.
        counters.bypassed += 1;
        next();
        return;
      }
      // Read again: an answer awaiting its check may have been kept meanwhile.
      const found = lru.get(key);
      if (found && found.version === version) {
        counters.hits += 1;
        serve(res, found);
        return;
      }
      // Stored under the version read before the query ran: a write during the query moves the version, so
      // this answer is never served for the graph after it (nor kept, if a newer version is already known).
      runHandler(
        res,
        key,
        (entry) => entry && clock.known() === version && lru.set(key, { ...entry, version }),
        next,
      );
    };

  return {
    forEndpoint: (endpoint) =>
      enabled && endpoint.method === 'get' && CACHEABLE_PATHS.has(endpoint.path)
        ? [middleware(endpoint.path)]
        : [],
    stats: () => ({
      enabled,
      ...counters,
      entries: lru.size,
      bytes: lru.bytes,
      maxBytes: lru.maxBytes,
      evictions: lru.evictions,
    }),
  };
}
