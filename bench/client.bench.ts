// Client: runs the client engineer's bench/client-render.ts (headless Chromium) as a child process and reads its figures.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { type BenchRow, ratioRow } from './table.ts';

const run = promisify(execFile);
const SCRIPT = new URL('./client-render.ts', import.meta.url).pathname;

interface Figures {
  firstRenderMs: number;
  medianFrameMs: number;
}

/** Reads lines such as `bare sigma   first render   812 ms | frames during FA2: median 33.2 ms, …`. */
export function parseClientLine(output: string, name: string): Figures | undefined {
  const line = output.split('\n').find((text) => text.startsWith(name));
  const match = line
    ? /first render\s+([\d.]+) ms \| frames during FA2: median ([\d.]+) ms/.exec(line)
    : null;
  if (!match) return undefined;
  return { firstRenderMs: Number(match[1]), medianFrameMs: Number(match[2]) };
}

export async function benchClient(
  edgeCounts: readonly number[],
  seconds: number,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  if (!existsSync(SCRIPT)) {
    log('client: bench/client-render.ts is missing, so there are no client figures');
    return [{ metric: 'client render', actorgraph: 'missing', reference: 'bench/client-render.ts missing' }];
  }
  const rows: BenchRow[] = [];
  for (const edges of edgeCounts) {
    const args = [
      '--nodes',
      String(Math.round(edges / 5)),
      '--edges',
      String(edges),
      '--seconds',
      String(seconds),
    ];
    let output = '';
    try {
      ({ stdout: output } = await run(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
        maxBuffer: 1 << 22,
        timeout: 900_000,
      }));
    } catch (error) {
      log(`client: bench/client-render.ts failed: ${(error as Error).message.split('\n')[0]}`);
      rows.push({ metric: `client ${edges} edges`, actorgraph: 'failed', reference: 'see log' });
      continue;
    }
    for (const line of output.trim().split('\n')) log(`client ${edges}: ${line}`);
    const bare = parseClientLine(output, 'bare sigma');
    const client = parseClientLine(output, 'actorgraph client');
    if (!bare || !client) {
      rows.push({ metric: `client ${edges} edges`, actorgraph: 'unparsed', reference: 'see log' });
      continue;
    }
    const at = `${edges.toLocaleString('en')} edges`;
    rows.push(
      ratioRow(`client ${at}: first render vs bare sigma`, client.firstRenderMs, bare.firstRenderMs, 'ms', {
        text: '≤ 1.5×',
        ok: (ratio) => ratio <= 1.5,
      }),
      ratioRow(
        `client ${at}: median frame during layout vs bare sigma`,
        client.medianFrameMs,
        bare.medianFrameMs,
        'ms',
      ),
    );
  }
  return rows;
}
