// The local Neo4j runtime's configuration and its messages when something it needs is missing.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jvmArguments, renderConf } from '../../scripts/local-neo4j/conf.ts';
import { LocalNeo4j } from '../../scripts/local-neo4j/instance.ts';
import { freePort } from '../../scripts/local-neo4j/port.ts';
import { requireJava, requireMaven } from '../../scripts/local-neo4j/prerequisites.ts';

const settings = {
  homeDir: '/tmp/x',
  boltPort: 7999,
  heap: '640m',
  pageCache: '128m',
  pluginsDir: '/tmp/plugins',
};

describe('rendered neo4j.conf', () => {
  it('listens on loopback only, on the chosen port, with explicit memory sizes', () => {
    const conf = renderConf(settings);
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('server.memory.pagecache.size=128m');
    expect(conf).toContain('server.directories.data=/tmp/x/data');
    expect(conf).not.toMatch(/listen_address=0\.0\.0\.0/);
  });

  it('gives the JVM the heap and the options Neo4j passes on Java 17', () => {
    const args = jvmArguments(renderConf(settings));
    expect(args).toEqual(
      expect.arrayContaining(['-Xms640m', '-Xmx640m', '-Dfile.encoding=UTF-8', '-XX:+UseG1GC']),
    );
    expect(args).toEqual(
      expect.arrayContaining([
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
      ]),
    );
  });
});

describe('prerequisite and port messages', () => {
  const originalPath = process.env.PATH;
  let blocker: Server | undefined;
  afterEach(() => {
    process.env.PATH = originalPath;
    blocker?.close();
  });

  it('says how to get Java and Maven when they are not on PATH', () => {
    process.env.PATH = '/nonexistent';
    expect(() => requireJava()).toThrow(/Java was not found.*NEO4J_URI/);
    expect(() => requireMaven()).toThrow(/Maven .* was not found.*NEO4J_URI/);
  });

  it('refuses to start on a taken port, naming the port and the setting to change', async () => {
    const port = await freePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker?.listen(port, '127.0.0.1', resolve));
    const homeDir = mkdtempSync(join(tmpdir(), 'actorgraph-port-'));
    const server = new LocalNeo4j({
      homeDir,
      boltPort: port,
      heap: '256m',
      pageCache: '64m',
      password: 'x'.repeat(8),
      log: () => {},
    });
    await expect(server.start()).rejects.toThrow(
      new RegExp(`Port ${port} .* already in use.*NEO4J_LOCAL_BOLT_PORT`),
    );
    rmSync(homeDir, { recursive: true, force: true });
  });
});
