// Single-flight checks of the graph version: requests that arrive while a check is on its way share the next
// one, so eight concurrent requests cost one or two round trips instead of eight. A request only accepts a
// check that started after it arrived (less `staleMs`, 0 by default), so a write committed before the
// request came in is always seen. The clock also remembers the last completed check's answer (`known`),
// which the result cache uses to guess, without a round trip, whether a hit is possible at all, and whether
// that answer moved from the one before it (`changing`): while the graph keeps changing, a hit is unlikely.
export interface VersionClock {
  /** The version as of a moment no earlier than `arrivedAt - staleMs` (and after this process's last write). */
  version: (arrivedAt?: number) => Promise<string>;
  /**
   * The answer of the latest-started check that has completed, if it started after this process's last
   * write; undefined before the first check and right after a write. Says nothing about the present.
   */
  known: () => string | undefined;
  /**
   * Whether the latest remembered check found a version other than the one remembered before it (a write,
   * here or elsewhere, came between them); false once a check finds the version unchanged.
   */
  changing: () => boolean;
  /** This process committed a write: no check that started before now may answer for later requests. */
  noteWrite: () => void;
  /**
   * Calls `listener` each time a check finds a version other than the one remembered before it. Versions
   * only move forward (the counter grows, the bookmark names a later transaction), so what was read under an
   * older one can never be served again.
   */
  onNewVersion: (listener: (version: string) => void) => void;
}

interface Check {
  startedAt: number;
  done: boolean;
  result: Promise<string>;
}

export function versionClock(read: () => Promise<string>, staleMs = 0): VersionClock {
  let latest: Check | undefined;
  let queued: Promise<string> | undefined;
  let writtenAt = Number.NEGATIVE_INFINITY;
  let known: { version: string; startedAt: number } | undefined;
  // The last remembered answer, kept across this process's writes (which forget `known`) for `changing`.
  let remembered: string | undefined;
  let changing = false;
  const listeners: ((version: string) => void)[] = [];

  const start = (): Check => {
    const check: Check = { startedAt: performance.now(), done: false, result: read() };
    // A failed check is never reused: the next request asks again.
    check.result.then(
      (version) => {
        check.done = true;
        // Checks may finish out of order (a slow one, then a write's): the one that started last wins, and
        // none that started before this process's last write.
        if (
          check.startedAt >= writtenAt &&
          check.startedAt >= (known?.startedAt ?? Number.NEGATIVE_INFINITY)
        ) {
          known = { version, startedAt: check.startedAt };
          changing = remembered !== undefined && remembered !== version;
          remembered = version;
          if (changing) for (const listener of listeners) listener(version);
        }
      },
      () => {
        if (latest === check) latest = undefined;
      },
    );
    latest = check;
    return check;
  };

  const version = (arrivedAt = performance.now()): Promise<string> => {
    const floor = Math.max(arrivedAt - staleMs, writtenAt);
    if (latest && latest.startedAt >= floor) return latest.result;
    if (latest && !latest.done) {
      // The check on its way started too early for this request: wait for it, then share one more.
      queued ??= latest.result
        .catch(() => undefined)
        .then(() => {
          queued = undefined;
          return start().result;
        });
      return queued;
    }
    return start().result;
  };

  return {
    version,
    known: () => known?.version,
    changing: () => changing,
    noteWrite() {
      writtenAt = performance.now();
      known = undefined;
      // Learn the new version now, off the write's path, so the next reads can fill the cache again.
      version(writtenAt).catch(() => undefined);
    },
    onNewVersion: (listener) => {
      listeners.push(listener);
    },
  };
}
