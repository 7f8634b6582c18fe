// The result cache: answers of the cacheable read endpoints kept in memory, keyed by endpoint and normalised
// parameters, and served only while the graph version they were read at is still the database's. Only
// anonymous and reader requests use it (they see exactly the public graph); editors and admins, who may see
// drafts, always go to the database and never fill it.
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { principalOf } from '../auth/principal.ts';
import type { AppConfig } from '../config.ts';
import { ByteLru } from './byte-lru.ts';
import { CACHEABLE_PATHS } from './cacheable-endpoints.ts';
import { versionClockOf } from './clocks.ts';

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

/** Drafts must never pass through the cache: only requests that see the public graph use it. */
function seesPublicGraph(res: Response): boolean {
  const principal = principalOf(res);
  return principal === undefined || principal.role === 'reader';
}

export function resultCache({ driver, config }: { driver: Driver; config: AppConfig }): ResultCache {
  const lru = new ByteLru<Entry>(config.cache.maxBytes);
  const clock = versionClockOf(driver, config);
  const counters = { hits: 0, misses: 0, bypassed: 0 };
  const enabled = config.cache.maxBytes > 0;

  const serve = (res: Response, entry: Entry): void => {
    res.setHeader('ETag', entry.etag);
    res.setHeader(CACHE_HEADER, 'hit');
    res.type('application/json');
    res.send(entry.body);
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
      let version: string;
      try {
        version = await clock.version(arrivedAt);
      } catch {
        // The database did not answer the check: the handler meets the same trouble and answers it properly.
        counters.bypassed += 1;
        next();
        return;
      }
      const key = cacheKey(path, req);
      const found = lru.get(key);
      if (found && found.version === version) {
        counters.hits += 1;
        serve(res, found);
        return;
      }
      counters.misses += 1;
      res.setHeader(CACHE_HEADER, 'miss');
      const json = res.json.bind(res);
      res.json = (body: unknown) => {
        if (res.statusCode !== 200) return json(body);
        const text = Buffer.from(JSON.stringify(body));
        const entry: Entry = {
          version,
          body: text,
          etag: etagOf(text),
          bytes: text.length + key.length + ENTRY_OVERHEAD,
        };
        // Stored under the version read before the query ran: a write during the query moves the version,
        // so this answer is never served for the graph after it.
        lru.set(key, entry);
        res.setHeader('ETag', entry.etag);
        res.type('application/json');
        return res.send(text);
      };
      next();
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
