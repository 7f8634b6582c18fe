// Import: the bulk loader vs Neo4j's own LOAD CSV … CALL { } IN TRANSACTIONS, each into a fresh store, same files.
import { countRows } from '../loader/corpus/corpus.ts';
import { generateCorpus } from '../loader/corpus/generate.ts';
import { writeCorpus } from '../loader/corpus/write-corpus.ts';
import { discoverFiles } from '../loader/discover.ts';
import { DEFAULT_BATCH_SIZE, loadDirectory } from '../loader/loader.ts';
import { ProgressBar } from '../loader/progress.ts';
import { applySchema } from '../loader/schema.ts';
import { countGraph } from '../server/seed/seed-loader.ts';
import type { BenchNeo4j } from './instance.ts';
import { loadCsvStatements, runLoadCsv } from './load-csv.ts';
import { type BenchRow, ratioRow } from './table.ts';

export interface ImportOptions {
  relationships: number;
  seed: number;
  batchSize?: number;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function benchImport(
  bench: BenchNeo4j,
  options: ImportOptions,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const batch = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const corpus = generateCorpus({ relationships: options.relationships, seed: options.seed });
  const expected = { nodes: countRows(corpus.nodes), relationships: countRows(corpus.rels) };
  await writeCorpus(corpus, bench.importDir, 'csv');
  const { files } = await discoverFiles(bench.importDir);
  const statements = await loadCsvStatements(files, batch);
  log(`import: ${options.relationships} relationships in ${files.length} CSV files; LOAD CSV first`);

  // Both sides are timed from an empty store: LOAD CSV needs the same constraints the loader applies first.
  const referenceStart = performance.now();
  await applySchema(bench.driver, 'neo4j');
  await runLoadCsv(bench.driver, statements);
  const referenceSeconds = (performance.now() - referenceStart) / 1000;
  const referenceCounts = await countGraph(bench.driver);
  log(`import: LOAD CSV took ${referenceSeconds.toFixed(1)} s; now the loader, on a fresh store`);

  await bench.freshStore();
  const bar = new ProgressBar();
  const loaderStart = performance.now();
  const report = await loadDirectory(bench.driver, bench.importDir, {
    batchSize: batch,
    onProgress: (state) => bar.update(state),
  });
  const loaderSeconds = (performance.now() - loaderStart) / 1000;
  const loaderCounts = await countGraph(bench.driver);
  log(
    `import: loader took ${loaderSeconds.toFixed(1)} s (validation ${(report.validateMs / 1000).toFixed(1)} s, ` +
      `load ${(report.loadMs / 1000).toFixed(1)} s)`,
  );

  const identical =
    sameCounts(loaderCounts.nodes, expected.nodes) &&
    sameCounts(loaderCounts.relationships, expected.relationships);
  const referenceIdentical =
    sameCounts(referenceCounts.nodes, expected.nodes) &&
    sameCounts(referenceCounts.relationships, expected.relationships);
  const rate = (seconds: number) => options.relationships / seconds;
  return [
    ratioRow(
      `import ${options.relationships.toLocaleString('en')} rels: rels/s (loader incl. validation)`,
      rate(loaderSeconds),
      rate(referenceSeconds),
      'rels/s',
      {
        text: '≥ 0.8×',
        ok: (ratio) => ratio >= 0.8,
      },
    ),
    ratioRow('import: wall time', loaderSeconds, referenceSeconds, 's'),
    ratioRow(
      'import: loader rels/s, load phase only',
      options.relationships / (report.loadMs / 1000),
      rate(referenceSeconds),
      'rels/s',
    ),
    {
      metric: 'import: counts equal the generator’s',
      actorgraph: identical ? 'yes' : 'NO',
      reference: referenceIdentical ? 'yes' : 'NO',
      target: 'both yes',
      pass: identical && referenceIdentical,
    },
  ];
}
