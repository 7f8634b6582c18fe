// Starts the bench's child processes (bench/api-server.ts, bench/bumper.ts) against its Neo4j: the API hands back its URL,
// its pid and a way to stop it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Neo4jConnection } from '../server/config.ts';
import { SERVER_NODE_FLAGS } from '../server/heap-growth.ts';

export interface ApiChild {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/** Peak and current resident memory of a process in MiB, from /proc (Linux). */
export function memoryOf(pid: number): { peakMb: number; rssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}

/**
 * Starts a TypeScript script of the bench as a child process pointed at the bench's Neo4j, and waits for its
 * first line on stdout (each says so when it is ready). `stop` sends SIGTERM and waits for the exit.
 */
export async function startBenchChild(
  script: string,
  connection: Neo4jConnection,
  env: NodeJS.ProcessEnv = {},
  nodeFlags: readonly string[] = [],
): Promise<{ firstLine: string; pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', script], {
    env: {
      ...process.env,
      ...env,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', resolve);
  });
  return {
    firstLine,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function startApiChild(
  connection: Neo4jConnection,
  env: NodeJS.ProcessEnv = {},
  /** Node flags (--cpu-prof, V8 flags), and another checkout's bench/api-server.ts for an A/B of two versions. */
  how: { nodeFlags?: readonly string[]; script?: string } = {},
): Promise<ApiChild> {
  const script = how.script ?? new URL('./api-server.ts', import.meta.url).pathname;
  // The node flags `npm start` serves with, so the bench measures the server as it is deployed.
  const child = await startBenchChild(script, connection, env, [
    ...SERVER_NODE_FLAGS,
    ...(how.nodeFlags ?? []),
  ]);
  const { url } = JSON.parse(child.firstLine) as { url: string };
  return { url, pid: child.pid, stop: child.stop };
}
