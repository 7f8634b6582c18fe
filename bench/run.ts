// npm run bench [-- --quick] [--relationships N] [--only import,api,export,export-apoc,first-load,client]: the whole suite on its own Neo4j.
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchApi } from './api.bench.ts';
import { benchClient } from './client.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchExportVsApoc } from './export-vs-apoc.ts';
import { benchFirstLoad } from './first-load.ts';
import { benchImport } from './import.bench.ts';
import { startBenchNeo4j } from './instance.ts';
import { type BenchRow, formatTable } from './table.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    relationships: { type: 'string' },
    seed: { type: 'string', default: '42' },
    connections: { type: 'string', default: '8' },
    seconds: { type: 'string' },
    'export-relationships': { type: 'string' },
    only: { type: 'string', default: 'import,api,export,export-apoc,first-load,client' },
  },
});

const quick = values.quick;
const relationships = Number(values.relationships ?? (quick ? 100_000 : 1_000_000));
const seconds = Number(values.seconds ?? (quick ? 5 : 15));
const parts = new Set(values.only.split(','));
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const rows: BenchRow[] = [];
const started = performance.now();

log(
  `${quick ? 'quick' : 'full'} run: ${relationships.toLocaleString('en')} relationships, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`,
);
if (['import', 'api', 'export', 'export-apoc', 'first-load'].some((part) => parts.has(part))) {
  const bench = await startBenchNeo4j(log);
  try {
    // The API and export parts read the graph the loader wrote, so import always runs when they do.
    rows.push(...(await benchImport(bench, { relationships, seed: Number(values.seed) }, log)));
    if (parts.has('api')) {
      rows.push(
        ...(await benchApi(
          bench.driver,
          bench.connection,
          { connections: Number(values.connections), seconds },
          log,
        )),
      );
    }
    if (parts.has('export')) {
      rows.push(
        ...(await benchExport(
          bench.driver,
          bench.connection,
          Number(values['export-relationships'] ?? 100_000),
          log,
        )),
      );
    }
    if (parts.has('export-apoc')) {
      const wanted = Number(values['export-relationships'] ?? (quick ? 10_000 : 100_000));
      rows.push(
        ...(await benchExportVsApoc(
          bench.driver,
          bench.connection,
          { relationships: wanted, runs: quick ? 3 : 5 },
          log,
        )),
      );
    }
    if (parts.has('first-load')) rows.push(...(await benchFirstLoad(bench.connection, log)));
  } finally {
    await bench.remove();
  }
}
if (parts.has('client'))
  rows.push(...(await benchClient(quick ? [20_000] : [20_000, 100_000], quick ? 3 : 6, log)));

const graphParts = ['import', 'api', 'export', 'export-apoc', 'first-load'].filter((part) => parts.has(part));
const size = graphParts.length > 0 ? `, ${relationships.toLocaleString('en')} relationships` : '';
console.log(
  `\nactorgraph bench — ${quick ? 'quick' : 'full'} (${[...parts].join(', ')})${size}, ` +
    `${((performance.now() - started) / 60_000).toFixed(1)} min\n`,
);
console.log(formatTable(rows));
