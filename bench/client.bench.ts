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
  /** Mean frames (run length over frame count) during the layout, while the canvas is dragged, and still. */
  layoutMeanMs?: number;
  panningMeanMs?: number;
  stillMeanMs?: number;
}

/**
 * Reads lines such as `bare sigma   first render   812 ms | frames during FA2: median 33.2 ms, … |
 * frames while panning: median 50.1 ms, … | still: median 16.7 ms, …`.
 */
export function parseClientLine(output: string, name: string): Figures | undefined {
  const line = output.split('\n').find((text) => text.startsWith(name));
  const match = line
    ? /first render\s+([\d.]+) ms \| frames during FA2: median ([\d.]+) ms/.exec(line)
    : null;
  if (!line || !match) return undefined;
  const mean = (label: string): number | undefined => {
    const found = new RegExp(`${label}: median [\\d.]+ ms, mean ([\\d.]+) ms`).exec(line);
    return found ? Number(found[1]) : undefined;
  };
  return {
    firstRenderMs: Number(match[1]),
    medianFrameMs: Number(match[2]),
    layoutMeanMs: mean('frames during FA2'),
    panningMeanMs: mean('frames while panning'),
    stillMeanMs: mean('still'),
  };
}

/** Issue 15's client targets: each ratio at most 1.2×. */
const AT_MOST_1_2 = { text: '≤ 1.2×', ok: (ratio: number) => ratio <= 1.2 };

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
    const off = parseClientLine(output, 'large mode off client');
    if (!bare || !client) {
      rows.push({ metric: `client ${edges} edges`, actorgraph: 'unparsed', reference: 'see log' });
      continue;
    }
    const at = `${edges.toLocaleString('en')} edges`;
    rows.push(
      ratioRow(
        `client ${at}: first render vs bare sigma`,
        client.firstRenderMs,
        bare.firstRenderMs,
        'ms',
        AT_MOST_1_2,
      ),
    );
    // The mean, not the median: with updates at a bounded rate most frames are ticks with nothing to draw.
    if (client.layoutMeanMs !== undefined && bare.layoutMeanMs !== undefined)
      rows.push(
        ratioRow(
          `client ${at}: mean frame during layout vs bare sigma`,
          client.layoutMeanMs,
          bare.layoutMeanMs,
          'ms',
        ),
      );
    if (client.panningMeanMs !== undefined && bare.panningMeanMs !== undefined) {
      rows.push(
        ratioRow(
          `client ${at}: mean frame while panning vs bare sigma`,
          client.panningMeanMs,
          bare.panningMeanMs,
          'ms',
          AT_MOST_1_2,
        ),
      );
      if (off?.panningMeanMs !== undefined)
        rows.push(
          ratioRow(
            `client ${at}: mean frame while panning, large mode on vs off`,
            client.panningMeanMs,
            off.panningMeanMs,
            'ms',
          ),
        );
    }
    if (client.layoutMeanMs !== undefined && client.stillMeanMs !== undefined)
      rows.push(
        ratioRow(
          `client ${at}: mean frame during layout vs layout stopped`,
          client.layoutMeanMs,
          client.stillMeanMs,
          'ms',
          AT_MOST_1_2,
        ),
      );
  }
  return rows;
}
