// Runs one real Neo4j Community server (CommunityEntryPoint) as a child JVM on loopback, and stops it cleanly.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { jvmArguments, renderConf } from './conf.ts';
import { ensureInstalled } from './install.ts';
import { libDir, pluginsDir } from './paths.ts';
import { isPortFree } from './port.ts';

export interface LocalNeo4jOptions {
  homeDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  password: string;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  /** neo4j.conf lines added for this instance only (the tests' throw-away instances use it). */
  extraConf?: readonly string[];
}

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const DEFAULT_PASSWORD = 'neo4j';

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

export class LocalNeo4j {
  readonly homeDir: string;
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private readonly log: (line: string) => void;

  constructor(private readonly options: LocalNeo4jOptions) {
    this.homeDir = resolve(options.homeDir);
    this.log = options.log ?? ((line) => console.log(line));
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private get pidFile(): string {
    return join(this.homeDir, 'run', 'actorgraph-neo4j.pid');
  }

  private get consoleLog(): string {
    return join(this.homeDir, 'logs', 'console.log');
  }

  async start(): Promise<void> {
    await ensureInstalled(this.log);
    for (const dir of ['conf', 'data', 'logs', 'run', 'import'])
      mkdirSync(join(this.homeDir, dir), { recursive: true });
    await this.stopOrphan();
    if (!(await isPortFree(this.options.boltPort))) {
      throw new Error(
        `Port ${this.options.boltPort} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there. ` +
          'Stop whatever holds it, or choose another port with NEO4J_LOCAL_BOLT_PORT.',
      );
    }
    const conf = renderConf({ ...this.options, homeDir: this.homeDir, pluginsDir });
    writeFileSync(join(this.homeDir, 'conf', 'neo4j.conf'), conf);
    const output = openSync(this.consoleLog, 'w');
    const args = [
      ...jvmArguments(conf),
      '-cp',
      `${libDir}/*`,
      ENTRY_POINT,
      `--home-dir=${this.homeDir}`,
      `--config-dir=${join(this.homeDir, 'conf')}`,
    ];
    const child = spawn('java', args, { cwd: this.homeDir, stdio: ['ignore', output, output] });
    this.child = child;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    if (child.pid) writeFileSync(this.pidFile, String(child.pid));
    await this.waitUntilReady();
    await this.ensurePassword();
  }

  /** A Neo4j left behind by a run that was killed outright would hold the store lock: stop it first. */
  private async stopOrphan(): Promise<void> {
    if (!existsSync(this.pidFile)) return;
    const pid = Number(readFileSync(this.pidFile, 'utf8'));
    if (pid > 0 && isAlive(pid) && commandLineOf(pid).includes(ENTRY_POINT)) {
      this.log(`Stopping a local Neo4j (pid ${pid}) left running by an earlier run…`);
      process.kill(pid, 'SIGTERM');
      for (let waited = 0; waited < 60_000 && isAlive(pid); waited += 200) await sleep(200);
      if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
    rmSync(this.pidFile, { force: true });
  }

  private consoleTail(lines = 30): string {
    try {
      return readFileSync(this.consoleLog, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no console output)';
    }
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 180_000);
    let exited = false;
    void this.exited.then(() => {
      exited = true;
    });
    while (Date.now() < deadline) {
      if (exited) {
        throw new Error(`The local Neo4j exited during start-up. Its last output:\n${this.consoleTail()}`);
      }
      if (!(await isPortFree(this.options.boltPort))) {
        const driver = neo4j.driver(this.uri, neo4j.auth.basic('neo4j', this.options.password));
        try {
          await driver.getServerInfo();
          return;
        } catch (error) {
          // Bolt answers with an auth error once the server is up, before the password is set.
          if ((error as { code?: string }).code?.startsWith('Neo.ClientError.Security')) return;
        } finally {
          await driver.close();
        }
      }
      await sleep(300);
    }
    await this.stop();
    throw new Error(
      `The local Neo4j did not open Bolt within the time allowed. Its last output:\n${this.consoleTail()}`,
    );
  }

  /** A new store has the user neo4j/neo4j with an expired password; set the configured one. */
  private async ensurePassword(): Promise<void> {
    const driver = neo4j.driver(this.uri, neo4j.auth.basic('neo4j', this.options.password));
    try {
      await driver.executeQuery('RETURN 1');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'Neo.ClientError.Security.Unauthorized') throw error;
    } finally {
      await driver.close();
    }
    const initial = neo4j.driver(this.uri, neo4j.auth.basic('neo4j', DEFAULT_PASSWORD));
    try {
      await initial.executeQuery(
        'ALTER CURRENT USER SET PASSWORD FROM $old TO $new',
        { old: DEFAULT_PASSWORD, new: this.options.password },
        { database: 'system' },
      );
    } catch (error) {
      throw new Error(
        `The local Neo4j in ${this.homeDir} refuses the configured NEO4J_PASSWORD (it was set to another one earlier). ` +
          `Use that password, or delete ${this.homeDir} to start afresh. (${String(error)})`,
      );
    } finally {
      await initial.close();
    }
  }

  /** SIGTERM lets Neo4j shut down cleanly; SIGKILL only if it has not gone after `graceMs`. */
  async stop(graceMs = 60_000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      rmSync(this.pidFile, { force: true });
      return;
    }
    child.kill('SIGTERM');
    const timedOut = await Promise.race([this.exited.then(() => false), sleep(graceMs).then(() => true)]);
    if (timedOut) {
      child.kill('SIGKILL');
      await this.exited;
    }
    rmSync(this.pidFile, { force: true });
  }

  /** Kills the JVM at once: used by tests that simulate a database crash. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }
}
