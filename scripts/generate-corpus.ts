// CLI: writes a deterministic synthetic corpus as bulk files: npm run generate-corpus -- --relationships 100000 --seed 42 --out dir
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { countRows } from '../loader/corpus/corpus.ts';
import { generateCorpus } from '../loader/corpus/generate.ts';
import { MAX_RELATIONSHIPS, MIN_RELATIONSHIPS } from '../loader/corpus/plan.ts';
import { writeCorpus } from '../loader/corpus/write-corpus.ts';
import { integerOption, parseCommandLine, runCli, UsageError } from './cli.ts';

const USAGE = `usage: npm run generate-corpus -- [--relationships 100000] [--seed 42] [--out .local/corpus] [--format csv|jsonl]
  Writes a deterministic synthetic corpus (one bulk file per label and relationship type, and manifest.json)
  that npm run bulk-load reads.`;

async function main(): Promise<void> {
  const { values } = parseCommandLine({
    options: {
      relationships: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string', default: '.local/corpus' },
      format: { type: 'string', default: 'csv' },
    },
  });
  const format = values.format;
  if (format !== 'csv' && format !== 'jsonl')
    throw new UsageError(`--format must be csv or jsonl, not "${format}"`);
  const relationships = integerOption(
    'relationships',
    values.relationships,
    MIN_RELATIONSHIPS,
    MAX_RELATIONSHIPS,
  );
  const seed = integerOption('seed', values.seed, 0, 2 ** 32 - 1);
  const out = resolve(values.out);
  const started = performance.now();
  const corpus = generateCorpus({ relationships, seed });
  const files = await writeCorpus(corpus, out, format);
  const manifest = {
    relationships,
    seed,
    format,
    nodes: countRows(corpus.nodes),
    rels: countRows(corpus.rels),
  };
  await writeFile(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const nodeTotal = Object.values(manifest.nodes).reduce((sum, count) => sum + count, 0);
  console.log(
    `Wrote ${files.length} files to ${out}: ${nodeTotal} nodes, ${relationships} relationships ` +
      `(seed ${seed}, ${Math.round(performance.now() - started)} ms).`,
  );
}

runCli({ name: 'generate-corpus', usage: USAGE }, main);
