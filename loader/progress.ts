// A progress line on stderr with rows done, rate and ETA: redrawn in place on a terminal, one line every few seconds otherwise.

export interface ProgressState {
  phase: 'validate' | 'load';
  file: string;
  done: number;
  total: number;
  batches: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Pure, so the line's wording is tested without a clock. */
export function progressLine(state: ProgressState, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? state.done / elapsedSeconds : 0;
  const percent = state.total > 0 ? (100 * state.done) / state.total : 100;
  const eta = rate > 0 ? (state.total - state.done) / rate : Number.NaN;
  return (
    `${state.phase} ${percent.toFixed(1)}% ${state.done.toLocaleString('en')}/${state.total.toLocaleString('en')} rows` +
    ` | ${Math.round(rate).toLocaleString('en')} rows/s | ETA ${formatDuration(eta)} | ${state.file}`
  );
}

export class ProgressBar {
  private started = performance.now();
  private lastDraw = 0;
  private readonly interactive: boolean;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.interactive = Boolean(stream.isTTY);
  }

  /** Rates count from here: the validation pass and the load each get their own clock. */
  restart(): void {
    this.started = performance.now();
    this.lastDraw = 0;
  }

  update(state: ProgressState, force = false): void {
    const now = performance.now();
    if (!force && now - this.lastDraw < (this.interactive ? 200 : 5_000)) return;
    this.lastDraw = now;
    const line = progressLine(state, (now - this.started) / 1000);
    this.stream.write(this.interactive ? `\r\x1b[2K${line}` : `${line}\n`);
  }

  finish(state: ProgressState): void {
    this.update(state, true);
    if (this.interactive) this.stream.write('\n');
  }
}
