// The auto-commit reads' retry: one more try after a transient error, as the driver's retry budget gave reads;
// and a failed read's stack, which names the code that asked for it.
import { Neo4jError } from 'neo4j-driver';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { readQuery, retryRead } from '../../../server/db/read.ts';

const error = (code: string) =>
  new Neo4jError(`failed: ${code}`, code, '50N42', 'general processing exception');
const transient = () => error('ServiceUnavailable');
const statement = () => error('Neo.ClientError.Statement.SyntaxError');

/** A read that fails with the given errors, then answers `tries`. */
function reader(failures: Neo4jError[]) {
  let tries = 0;
  const read = vi.fn(async () => {
    tries++;
    const failure = failures.shift();
    if (failure) throw failure;
    return tries;
  });
  return read;
}

describe('retryRead', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tries a read again a second after a transient error, and answers what the second try read', async () => {
    vi.useFakeTimers();
    const read = reader([transient()]);
    const answer = retryRead(read);
    await vi.advanceTimersByTimeAsync(999);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toBe(2);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('gives up after one retry', async () => {
    vi.useFakeTimers();
    const read = reader([transient(), transient(), transient()]);
    const answer = retryRead(read);
    const settled = expect(answer).rejects.toMatchObject({ code: 'ServiceUnavailable' });
    await vi.advanceTimersByTimeAsync(5_000);
    await settled;
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('does not retry an error that another try would meet again', async () => {
    const read = reader([statement()]);
    await expect(retryRead(read)).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    const plain = vi.fn(async () => {
      throw new Error('not from the database');
    });
    await expect(retryRead(plain)).rejects.toThrow('not from the database');
    expect(read).toHaveBeenCalledTimes(1);
    expect(plain).toHaveBeenCalledTimes(1);
  });
});

describe('readQuery', () => {
  it("gives a failed read the frames of the code that asked for it (the driver's own trace is not taken)", async () => {
    const driver = createDriver(inject('neo4j'));
    try {
      const context = { driver, config: { ...loadConfig({}), neo4j: inject('neo4j') } };
      const askingForTheRead = () => readQuery(context, 'RETURN 1 / 0 AS never');
      const failure: unknown = await askingForTheRead().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Neo4jError);
      const stack = (failure as Error).stack ?? '';
      expect(stack.split('\n')[0]).toContain('/ by zero');
      expect(stack).toContain('askingForTheRead');
    } finally {
      await driver.close();
    }
  });
});
