// Single-flight checks of the graph version: requests that arrive while a check is on its way share the next
// one, so eight concurrent requests cost one or two round trips instead of eight. A request only accepts a
// check that started after it arrived (less `staleMs`, 0 by default), so a write committed before the
// request came in is always seen.
export interface VersionClock {
  /** The version as of a moment no earlier than `arrivedAt - staleMs` (and after this process's last write). */
  version: (arrivedAt?: number) => Promise<string>;
  /** This process committed a write: no check that started before now may answer for later requests. */
  noteWrite: () => void;
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

  const start = (): Check => {
    const check: Check = { startedAt: performance.now(), done: false, result: read() };
    // A failed check is never reused: the next request asks again.
    check.result.then(
      () => {
        check.done = true;
      },
      () => {
        if (latest === check) latest = undefined;
      },
    );
    latest = check;
    return check;
  };

  return {
    version(arrivedAt = performance.now()) {
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
    },
    noteWrite() {
      writtenAt = performance.now();
    },
  };
}
