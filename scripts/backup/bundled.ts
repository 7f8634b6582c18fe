// The bundled Neo4j as an offline store: is it running (its pid file), its home and conf, and the
// stop → dump → start-again and load steps of the offline backup.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../../server/config.ts';
import { renderConf } from '../local-neo4j/conf.ts';
import { ensureInstalled } from '../local-neo4j/install.ts';
import { LocalNeo4j } from '../local-neo4j/instance.ts';
import { pluginsDir } from '../local-neo4j/paths.ts';
import { runAdminTool } from './admin-tool.ts';

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

export interface Bundled {
  homeDir: string;
  database: string;
  config: AppConfig;
}

export function bundledOf(config: AppConfig): Bundled {
  return { homeDir: resolve(config.localNeo4j.dataDir), database: config.neo4j.database, config };
}

/** The pid of the bundled Neo4j if its pid file names a live Neo4j server, else undefined. */
export function runningPid({ homeDir }: Bundled): number | undefined {
  const pidFile = join(homeDir, 'run', 'actorgraph-neo4j.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  if (!(pid > 0)) return undefined;
  try {
    process.kill(pid, 0);
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(ENTRY_POINT) ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function hasStore({ homeDir, database }: Bundled): boolean {
  return existsSync(join(homeDir, 'data', 'databases', database));
}

/** A home that was never started has no conf yet: write the one the server itself would use. */
function ensureConf({ homeDir, config }: Bundled): void {
  const conf = join(homeDir, 'conf', 'neo4j.conf');
  if (existsSync(conf)) return;
  for (const dir of ['conf', 'data', 'logs', 'run', 'import'])
    mkdirSync(join(homeDir, dir), { recursive: true });
  writeFileSync(conf, renderConf({ ...config.localNeo4j, homeDir, pluginsDir }));
}

/** SIGTERM, then waits up to a minute for a clean shutdown (Neo4j releases the store lock on exit). */
export async function stopRunning(pid: number, log: (line: string) => void): Promise<void> {
  log(`Stopping the bundled Neo4j (pid ${pid}) for the offline dump…`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the bundled Neo4j (pid ${pid}) did not stop within a minute; nothing was dumped`);
}

/** Starts the bundled Neo4j again in the background after a dump (it outlives this tool, like npm run neo4j). */
export async function startAgain(bundled: Bundled, log: (line: string) => void): Promise<string> {
  const server = new LocalNeo4j({
    ...bundled.config.localNeo4j,
    homeDir: bundled.homeDir,
    password: bundled.config.neo4j.password,
    log,
  });
  await server.start();
  return server.uri;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function dumpDatabase(
  bundled: Bundled,
  dir: string,
): Promise<{ bytes: number; sha256: string }> {
  await ensureInstalled(() => {});
  ensureConf(bundled);
  await runAdminTool(bundled.homeDir, ['database', 'dump', bundled.database, `--to-path=${dir}`]);
  const path = join(dir, `${bundled.database}.dump`);
  return { bytes: statSync(path).size, sha256: await sha256File(path) };
}

export async function loadDatabase(bundled: Bundled, dir: string): Promise<void> {
  await ensureInstalled(() => {});
  ensureConf(bundled);
  await runAdminTool(bundled.homeDir, ['database', 'load', bundled.database, `--from-path=${dir}`]);
}
