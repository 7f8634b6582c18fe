// Starts bench/api-server.ts as a child process and hands back its URL, its pid and a way to stop it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Neo4jConnection } from '../server/config.ts';

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

export async function startApiChild(
  connection: Neo4jConnection,
  env: NodeJS.ProcessEnv = {},
  /** Node flags (--cpu-prof, V8 flags), and another checkout's bench/api-server.ts for an A/B of two versions. */
  how: { nodeFlags?: readonly string[]; script?: string } = {},
): Promise<ApiChild> {
  const script = how.script ?? new URL('./api-server.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, [...(how.nodeFlags ?? []), '--import', 'tsx', script], {
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
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench/api-server.ts exited with ${code}`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
  });
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
