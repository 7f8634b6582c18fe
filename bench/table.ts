// The bench's one output: a table of metric, actorgraph, reference, ratio, target and verdict.

export interface BenchRow {
  metric: string;
  actorgraph: number | string;
  reference: number | string;
  unit?: string;
  /** actorgraph ÷ reference; left out when the pair is not comparable. */
  ratio?: number;
  target?: string;
  /** true: meets the target, false: misses it, undefined: no target (a stated figure). */
  pass?: boolean;
}

function show(value: number | string, unit = ''): string {
  if (typeof value === 'string') return value;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en', { maximumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
}

export function ratioRow(
  metric: string,
  actorgraph: number,
  reference: number,
  unit: string,
  target?: { text: string; ok: (ratio: number) => boolean },
): BenchRow {
  const ratio = reference > 0 ? actorgraph / reference : Number.NaN;
  return {
    metric,
    actorgraph,
    reference,
    unit,
    ratio,
    ...(target ? { target: target.text, pass: Number.isFinite(ratio) && target.ok(ratio) } : {}),
  };
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['metric', 'actorgraph', 'reference', 'ratio', 'target', 'verdict'];
  const cells = rows.map((row) => [
    row.metric,
    show(row.actorgraph, row.unit),
    show(row.reference, row.unit),
    row.ratio === undefined || !Number.isFinite(row.ratio) ? '' : `${row.ratio.toFixed(2)}×`,
    row.target ?? '',
    row.pass === undefined ? (row.target ? '' : 'stated') : row.pass ? 'PASS' : 'MISS',
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((line) => (line[i] ?? '').length)),
  );
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
