// The matcher over the graph's visible entities, read with one query and kept per driver for a short
// time (CATALOGUE_TTL_MS): detection runs on every mentions request, names change rarely, and a name
// published a moment ago is found within the TTL. Concurrent requests share one load.
import type { Driver } from 'neo4j-driver';
import { formatNodeKey } from '../../contract/index.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { type ReadContext, readQuery } from '../db/read.ts';
import { buildEntityMatcher, type CatalogueEntity, type EntityMatcher } from './detect-entities.ts';

export const CATALOGUE_TTL_MS = 30_000;

const visibleEntitiesQuery = cypherFile(import.meta.url, './queries/visible-entities.cypher');

interface Cached {
  at: number;
  matcher: Promise<EntityMatcher>;
}

const cache = new WeakMap<Driver, Cached>();

export async function loadCatalogue(context: ReadContext): Promise<CatalogueEntity[]> {
  const records = await readQuery<{ label: string; id: string; name: unknown; aliases: unknown[] }>(
    context,
    visibleEntitiesQuery.fill(),
  );
  return records.flatMap((record) => {
    const name = record.get('name');
    if (typeof name !== 'string' || name === '') return [];
    const label = record.get('label');
    return [
      {
        key: formatNodeKey(label, String(record.get('id'))),
        label,
        name,
        aliases: record.get('aliases').filter((alias): alias is string => typeof alias === 'string'),
      },
    ];
  });
}

export function entityMatcher(context: ReadContext, now = Date.now()): Promise<EntityMatcher> {
  const cached = cache.get(context.driver);
  if (cached && now - cached.at < CATALOGUE_TTL_MS) return cached.matcher;
  const matcher = loadCatalogue(context).then(buildEntityMatcher);
  cache.set(context.driver, { at: now, matcher });
  // A failed load is not kept: the next request tries again.
  matcher.catch(() => cache.delete(context.driver));
  return matcher;
}

/** For writers that add or rename entities and want the next detection to see them at once. */
export function forgetCatalogue(driver: Driver): void {
  cache.delete(driver);
}
