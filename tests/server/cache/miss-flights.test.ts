// Single flight for the result cache's misses: who may join a flight at each step; and against the real
// database, concurrent misses for one key run the handler once and share its answer, while a request that
// arrives after a commit the running read may not show is not handed that read's answer, but reads on its own.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { versionClockOf } from '../../../server/cache/clocks.ts';
import { MissFlights } from '../../../server/cache/miss-flights.ts';
import { resultCache } from '../../../server/cache/result-cache.ts';
import { loadConfig } from '../../../server/config.ts';
import { closeTestDriver, getTestDriver, rows } from '../../support/database.ts';
import { waitFor } from '../../support/wait-for.ts';

const PERSON = `flight-person-${randomUUID().slice(0, 8)}`;

/** An app whose one cached endpoint reads the probe's name, then holds its answer until the test opens the gate. */
function gatedApp() {
  const driver = getTestDriver();
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), neo4j: inject('neo4j') };
  const cache = resultCache({ driver, config });
  const state = { arrived: 0, runs: 0, read: 0 };
  let open: () => void = () => undefined;
  let gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const app = express();
  app.get(
    '/probe',
    (_req, _res, next) => {
      state.arrived += 1;
      next();
    },
    ...cache.forEndpoint({ method: 'get', path: '/stats' }),
    async (_req, res) => {
      state.runs += 1;
      const [row] = await rows<{ name: string }>('MATCH (p:Person {id: $id}) RETURN p.name AS name', {
        id: PERSON,
      });
      state.read += 1;
      await gate;
      res.json({ name: row?.name });
    },
  );
  return {
    state,
    cache,
    /** Lets every held answer go. */
    open: () => open(),
    /** Closes the gate again for the next round. */
    reset: () => {
      Object.assign(state, { arrived: 0, runs: 0, read: 0 });
      gate = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
    /** The clock learns the current version, as a running server's does. */
    knowVersion: () => versionClockOf(driver, config).version(),
    app,
  };
}

async function get(url: string) {
  const response = await fetch(url);
  return { cache: response.headers.get('x-cache'), body: (await response.json()) as { name?: string } };
}

describe('MissFlights', () => {
  it('lets anyone join before the handler starts, and afterwards only those its check can cover', async () => {
    const flights = new MissFlights<string>();
    const checkable = flights.lead('a', true);
    const early = flights.joinable('a');
    checkable.start();
    const late = flights.joinable('a');
    expect(late).not.toBe(early);
    checkable.answered('answer');
    // Sent: no one may join any more.
    expect(flights.joinable('a')).toBeUndefined();
    expect(await early).toBe('answer');
    checkable.checked(undefined);
    expect(await late).toBeUndefined();

    const unchecked = flights.lead('b', false);
    const gathered = flights.joinable('b');
    unchecked.start();
    // No version to check against: once the handler runs, a newcomer leads a read of its own.
    expect(flights.joinable('b')).toBeUndefined();
    unchecked.answered(undefined);
    expect(await gathered).toBeUndefined();
  });
});

describe('single flight for misses', () => {
  const probe = gatedApp();
  let server: Server;
  let base = '';

  beforeAll(async () => {
    await rows("CREATE (:Person {id: $id, name: 'before', addedBy: 'cache-test'})", { id: PERSON });
    server = probe.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/probe`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rows('MATCH (p:Person {id: $id}) DETACH DELETE p', { id: PERSON });
    await closeTestDriver();
  });

  it('runs the handler once for concurrent misses of one key and hands every request its answer', async () => {
    // Other test files commit beside this one; a round in which something committed is rightly not shared
    // (each request then reads on its own), so rounds repeat until one ran with nothing committed.
    const shared = await waitFor(
      async () => {
        probe.reset();
        await probe.knowVersion();
        const url = `${base}?round=${randomUUID()}`;
        const answers = Promise.all(Array.from({ length: 4 }, () => get(url)));
        await waitFor(() => probe.state.arrived === 4 && probe.state.read >= 1, { what: 'four arrivals' });
        probe.open();
        const done = await answers;
        expect(done.map((answer) => answer.body)).toEqual(Array(4).fill({ name: 'before' }));
        return probe.state.runs === 1 && done;
      },
      { timeoutMs: 15_000, intervalMs: 0, what: 'a round shared by one read' },
    );
    expect(shared.map((answer) => answer.cache).sort()).toEqual([
      'coalesced',
      'coalesced',
      'coalesced',
      'miss',
    ]);
    expect(probe.cache.stats().coalesced).toBeGreaterThanOrEqual(3);
  });

  it('does not hand a request the answer of a read that began before a commit it must see', async () => {
    probe.reset();
    await probe.knowVersion();
    const url = `${base}?round=${randomUUID()}`;
    const leader = get(url);
    await waitFor(() => probe.state.read === 1, { what: 'the first read' });
    // Committed beside the product after the running read, before the second request arrives.
    await rows("MATCH (p:Person {id: $id}) SET p.name = 'after'", { id: PERSON });
    const joiner = get(url);
    await waitFor(() => probe.state.arrived === 2, { what: 'the second arrival' });
    probe.open();
    expect((await leader).body).toEqual({ name: 'before' });
    expect(await joiner).toEqual({ cache: 'miss', body: { name: 'after' } });
    expect(probe.state.runs).toBe(2);
  });

  it('answers a burst right after a write made beside the product with the new data, shared or not', async () => {
    probe.reset();
    await probe.knowVersion();
    await rows("MATCH (p:Person {id: $id}) SET p.name = 'burst'", { id: PERSON });
    probe.open();
    const url = `${base}?round=${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 6 }, () => get(url)));
    expect(answers.map((answer) => answer.body)).toEqual(Array(6).fill({ name: 'burst' }));
    // However they were grouped, each request was answered by a read of its own or a shared one.
    const shared = answers.filter((answer) => answer.cache === 'coalesced').length;
    expect(probe.state.runs + shared).toBe(6);
  });
});
