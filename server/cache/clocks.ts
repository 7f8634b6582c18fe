// One version clock per driver (one per process in production), shared by the result cache, which asks it,
// and the write path, which tells it when this process committed a write.
import type { Driver } from 'neo4j-driver';
import type { AppConfig } from '../config.ts';
import { readGraphVersion } from './graph-version.ts';
import { type VersionClock, versionClock } from './version-clock.ts';

const clocks = new WeakMap<Driver, VersionClock>();

export function versionClockOf(driver: Driver, config: AppConfig): VersionClock {
  let clock = clocks.get(driver);
  if (!clock) {
    clock = versionClock(
      () => readGraphVersion(driver, config.neo4j.database, config.cypher.timeoutMs),
      config.cache.staleMs,
    );
    clocks.set(driver, clock);
  }
  return clock;
}

/** Called by the write path after a commit; a driver without a clock has no cache to tell. */
export function graphWritten(driver: Driver): void {
  clocks.get(driver)?.noteWrite();
}
