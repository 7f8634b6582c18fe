// The bench's same-inputs loop: both sides timed over the same inputs, an input failed on either side in neither.
import { describe, expect, it } from 'vitest';
import { sameInputs } from '../../bench/timed-loop.ts';

/** Resolves after `ms`, with a real timer: the loop times real waits. */
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sameInputs', () => {
  it('times both sides on the same inputs, each side alone, the leading side alternating', async () => {
    const seen = { a: [] as number[], b: [] as number[] };
    const order: string[] = [];
    const result = await sameInputs(
      2,
      0.4,
      async (i) => {
        seen.a.push(i);
        order.push('a');
        await wait(1);
      },
      async (i) => {
        seen.b.push(i);
        order.push('b');
        await wait(5);
      },
    );
    expect([...seen.a].sort((x, y) => x - y)).toEqual([...seen.b].sort((x, y) => x - y));
    // Four turns, a leading the first, b the second and so on: a b | b a | a b | b a, so five runs of one side.
    const runs = order.join('').replace(/(.)\1*/g, '$1');
    expect(runs).toBe('ababa');
    expect(result.a.latencies).toHaveLength(seen.a.length);
    expect(result.b.latencies).toHaveLength(seen.a.length);
    expect(result.leftOut).toBe(0);
    // The slower side is slower on the same inputs.
    expect(result.b.p50).toBeGreaterThan(result.a.p50);
  });

  it('leaves an input failed on either side out of both sides and counts each side its own errors', async () => {
    const result = await sameInputs(
      2,
      0.4,
      async (i) => {
        if (i % 5 === 0) throw new Error('timed out');
        await wait(1);
      },
      async (i) => {
        if (i % 7 === 0) throw new Error('timed out');
        await wait(1);
      },
    );
    const inputs = result.a.latencies.length + result.leftOut;
    expect(inputs).toBeGreaterThan(10);
    expect(result.b.latencies).toHaveLength(result.a.latencies.length);
    const failedA = Math.ceil(inputs / 5);
    const failedB = Math.ceil(inputs / 7);
    const failedBoth = Math.ceil(inputs / 35);
    expect(result.a.errors).toBe(failedA);
    expect(result.b.errors).toBe(failedB);
    expect(result.leftOut).toBe(failedA + failedB - failedBoth);
  });
});
