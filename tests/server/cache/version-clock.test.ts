// Unit tests for the single-flight graph version checks: shared while they may be, never older than allowed;
// the last completed check's answer remembered, and forgotten when this process writes.
import { describe, expect, it } from 'vitest';
import { versionClock } from '../../../server/cache/version-clock.ts';

/** A version source whose answers the test releases one at a time. */
function manualSource() {
  const pending: ((version: string) => void)[] = [];
  let calls = 0;
  return {
    read: () => {
      calls += 1;
      return new Promise<string>((resolve) => pending.push(resolve));
    },
    calls: () => calls,
    answer: (version: string) => pending.shift()?.(version),
  };
}

describe('versionClock', () => {
  it('lets requests that arrive together share the next check', async () => {
    const source = manualSource();
    const clock = versionClock(source.read);
    const first = clock.version();
    const arrivedDuring = clock.version(performance.now() + 1);
    const another = clock.version(performance.now() + 1);
    expect(source.calls()).toBe(1);
    source.answer('v1');
    expect(await first).toBe('v1');
    // The two that arrived while the first check was on its way wait for one more, shared.
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.calls()).toBe(2);
    source.answer('v2');
    expect(await arrivedDuring).toBe('v2');
    expect(await another).toBe('v2');
  });

  it('never answers a request with a check that started before this process wrote', async () => {
    const source = manualSource();
    const clock = versionClock(source.read, 60_000);
    const before = clock.version();
    source.answer('v1');
    await before;
    expect(await clock.version()).toBe('v1'); // within staleMs: reused
    expect(source.calls()).toBe(1);
    clock.noteWrite();
    const after = clock.version();
    expect(source.calls()).toBe(2);
    source.answer('v2');
    expect(await after).toBe('v2');
  });

  it('asks again after a failed check', async () => {
    let fail = true;
    const clock = versionClock(async () => {
      if (fail) throw new Error('down');
      return 'v1';
    }, 60_000);
    await expect(clock.version()).rejects.toThrow('down');
    fail = false;
    expect(await clock.version()).toBe('v1');
  });

  it('remembers the last completed check, never one older than a write, and learns the new one after it', async () => {
    const source = manualSource();
    const clock = versionClock(source.read);
    expect(clock.known()).toBeUndefined();
    const first = clock.version();
    expect(clock.known()).toBeUndefined(); // on its way, not completed
    source.answer('v1');
    await first;
    expect(clock.known()).toBe('v1');
    // A check on its way when this process writes: it answers its own request but is not remembered.
    const during = clock.version(performance.now() + 1);
    await new Promise((resolve) => setImmediate(resolve));
    clock.noteWrite();
    expect(clock.known()).toBeUndefined();
    source.answer('v1');
    await during;
    expect(clock.known()).toBeUndefined();
    // The write started a check of its own, off the write's path, and that one is remembered.
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.calls()).toBe(3);
    source.answer('v2');
    await new Promise((resolve) => setImmediate(resolve));
    expect(clock.known()).toBe('v2');
  });

  it('says the graph is changing while each remembered check finds a new version, and not once one repeats', async () => {
    const source = manualSource();
    const clock = versionClock(source.read);
    const heard: string[] = [];
    clock.onNewVersion((version) => heard.push(version));
    const check = async (version: string) => {
      const asked = clock.version(performance.now() + 1);
      await new Promise((resolve) => setImmediate(resolve));
      source.answer(version);
      await asked;
    };
    await check('v1');
    expect(clock.changing()).toBe(false); // nothing to compare with yet
    await check('v2');
    expect(clock.changing()).toBe(true);
    await check('v2');
    expect(clock.changing()).toBe(false);
    // Listeners hear each move once, not the first version nor a repeat.
    expect(heard).toEqual(['v2']);
    // This process's write forgets the known version but not what it is compared with.
    clock.noteWrite();
    await new Promise((resolve) => setImmediate(resolve));
    source.answer('v3');
    await new Promise((resolve) => setImmediate(resolve));
    expect(clock.known()).toBe('v3');
    expect(clock.changing()).toBe(true);
    expect(heard).toEqual(['v2', 'v3']);
  });
});
