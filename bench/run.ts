// npm run bench [-- --quick] [--relationships N] [--only import,api,export,export-apoc,first-load,client]: the whole suite on its own Neo4j.
import { cpus, totalmem } from 'node:os';
import { integerOption, parseCommandLine, runCli, UsageError } from '../scripts/cli.ts';
import { benchApi } from './api.bench.ts';
import { benchClient } from './client.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchExportVsApoc } from './export-vs-apoc.ts';
import { benchFirstLoad } from './first-load.ts';
import { benchImport } from './import.bench.ts';
import { startBenchNeo4j } from './instance.ts';
import { type BenchRow, formatTable } from './table.ts';

const PARTS = ['import', 'api', 'export', 'export-apoc', 'first-load', 'client'];

const USAGE = `usage: npm run bench -- [options]

Measures the loader, the API, the exports and the client, each against a reference measured in the same run
(docs/performance.md), on a throw-away Neo4j of its own. The table goes to stdout, progress to stderr.

Options:
  --quick                      100,000 relationships, 5 s per API measurement, fewer rounds (~5 min)
  --relationships N            corpus size (default 1,000,000; 100,000 with --quick)
  --seed N                     corpus seed (default 42)
  --connections N              concurrent clients on each side of the API rows (default 8)
  --seconds N                  seconds per API measurement (default 15; 5 with --quick)
  --export-relationships N     wanted size of the exported subgraph
  --only ${PARTS.join(',')}
                               the parts to run (default: all)
  -h, --help                   this text`;

runCli({ name: 'bench', usage: USAGE }, async () => {
  const { values } = parseCommandLine({
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
  const relationships = integerOption(
    'relationships',
    values.relationships ?? (quick ? '100000' : '1000000'),
    1000,
    5_000_000,
  );
  const seconds = integerOption('seconds', values.seconds ?? (quick ? '5' : '15'), 1, 600);
  const parts = new Set(values.only.split(','));
  const unknown = [...parts].filter((part) => !PARTS.includes(part));
  if (unknown.length > 0) throw new UsageError(`--only takes ${PARTS.join(',')}; not ${unknown.join(',')}`);
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
      rows.push(
        ...(await benchImport(bench, { relationships, seed: integerOption('seed', values.seed, 0) }, log)),
      );
      if (parts.has('api')) {
        rows.push(
          ...(await benchApi(
            bench.driver,
            bench.connection,
            { connections: integerOption('connections', values.connections, 1, 256), seconds },
            log,
          )),
        );
      }
      if (parts.has('export')) {
        rows.push(
          ...(await benchExport(
            bench.driver,
            bench.connection,
            integerOption('export-relationships', values['export-relationships'] ?? '100000', 1),
            log,
          )),
        );
      }
      if (parts.has('export-apoc')) {
        const wanted = integerOption(
          'export-relationships',
          values['export-relationships'] ?? (quick ? '10000' : '100000'),
          1,
        );
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

  const graphParts = ['import', 'api', 'export', 'export-apoc', 'first-load'].filter((part) =>
    parts.has(part),
  );
  const size = graphParts.length > 0 ? `, ${relationships.toLocaleString('en')} relationships` : '';
  console.log(
    `\nactorgraph bench — ${quick ? 'quick' : 'full'} (${[...parts].join(', ')})${size}, ` +
      `${((performance.now() - started) / 60_000).toFixed(1)} min\n`,
  );
  console.log(formatTable(rows));
});
