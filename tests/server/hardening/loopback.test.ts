// Nothing listens beyond this machine by default: the local Neo4j's Bolt port and the API answer on
// loopback, and connecting to them through this machine's other addresses is refused.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import { loadConfig } from '../../../server/config.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { createLogger } from '../../../server/logger.ts';
import { listen, type RunningServer } from '../../../server/server.ts';
import { startLocalTestNeo4j } from '../../support/test-database.ts';

/** This machine's own addresses other than loopback: where a wrongly bound server would also answer. */
const outsideAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((info) => info && info.family === 'IPv4' && !info.internal)
  .map((info) => info?.address as string);

function tryConnect(host: string, port: number): Promise<'connected' | string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

describe('loopback only', () => {
  let boltPort: number;
  let stopNeo4j: () => Promise<void> = async () => {};
  let app: RunningServer;
  let appPort: number;

  beforeAll(async () => {
    // The suite's own database when it is the bundled one; otherwise a private bundled one.
    if (inject('neo4jSource') === 'local') {
      boltPort = Number(new URL(inject('neo4j').uri).port);
    } else {
      const local = await startLocalTestNeo4j();
      boltPort = Number(new URL(local.connection.uri).port);
      stopNeo4j = local.remove;
    }
    const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), neo4j: inject('neo4j') };
    const driver = createDriver(config.neo4j);
    const running = await listen(
      createApp({ driver, config, logger: createLogger('silent') }),
      0,
      config.host,
    );
    app = {
      ...running,
      close: async () => {
        await running.close(1_000);
        await driver.close();
      },
    };
    appPort = Number(new URL(app.url).port);
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await stopNeo4j();
  });

  it('has an address other than loopback to try from', () => {
    // Without one this test could prove nothing; every CI machine has one.
    expect(outsideAddresses.length).toBeGreaterThan(0);
  });

  it("binds the bundled Neo4j's Bolt port to 127.0.0.1 only", async () => {
    expect(await tryConnect('127.0.0.1', boltPort)).toBe('connected');
    for (const address of outsideAddresses) {
      expect(await tryConnect(address, boltPort), `${address}:${boltPort}`).toBe('ECONNREFUSED');
    }
  });

  it('serves the API on 127.0.0.1 by default (HOST), not on the other addresses', async () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(await tryConnect('127.0.0.1', appPort)).toBe('connected');
    for (const address of outsideAddresses) {
      expect(await tryConnect(address, appPort), `${address}:${appPort}`).toBe('ECONNREFUSED');
    }
  });
});
