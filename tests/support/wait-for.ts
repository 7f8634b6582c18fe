// Waits for a fact instead of a fixed time: polls a condition until it holds or a deadline passes.

export type WaitForOptions = {
  /** Give up after this long; the error names `what` and the last thing the condition said. */
  timeoutMs?: number;
  /** Pause between polls; short, because a slow condition already paces itself. */
  intervalMs?: number;
  /** What is being waited for, in words, for the timeout message. */
  what?: string;
};

function holds<T>(value: T): value is Exclude<T, undefined | false | null> {
  return value !== undefined && value !== false && value !== null;
}

/**
 * Calls `condition` until it returns a value other than `undefined`, `false` or `null` and returns that
 * value. A condition that throws counts as "not yet"; its last error is reported if the deadline passes.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeoutMs = 10_000, intervalMs = 50, what = 'condition' }: WaitForOptions = {},
): Promise<Exclude<T, undefined | false | null>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (holds(value)) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? `: last error ${lastError.message}` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`, { cause: lastError });
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
