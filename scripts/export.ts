// `npm run export -- --format gexf --ego Person:donald-trump --depth 2 --out file.gexf`: the API's export
// from the command line, streamed to a file (or stdout) through the same code. Exit 0: complete; 3: a
// Cypher export cut at --max-rows (the file says so too); 1 or 2: failed, and no partial file is left.
import { type FileHandle, open, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { exportBody } from '../contract/index.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver } from '../server/db/driver.ts';
import { exportGraphFor } from '../server/export/export.service.ts';
import { streamSink } from '../server/export/export-sink.ts';
import { writeFormat } from '../server/export/formats/index.ts';
import { optionsOf, subsetOfBody } from '../server/export/subset-of-body.ts';
import { parseCommandLine, runCli, UsageError } from './cli.ts';

const USAGE = `usage: npm run export -- --format json|gexf|graphml|csv|cypher [--part nodes|edges|zip]
  (--keys K1,K2 | --ego KEY [--depth 1-3] | --meetings [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status held,...]
   | --graph [--labels L1,L2] [--types T1,T2] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
   | --cypher "MATCH ... RETURN ..." [--params '{"x":1}'] [--max-rows N])
  [--min-sources N] [--no-evidence] [--no-bom] [--out FILE]
  Exports a subgraph of the configured Neo4j as POST /api/export does, to FILE or to stdout.
  Exit status: 0 complete; 3 a Cypher export stopped at --max-rows (default 5000; the file is marked
  truncated); 1 failed (no partial FILE is left); 2 bad arguments.`;

/** Exit status of a Cypher export that stopped at --max-rows: written, but not the whole answer. */
const EXIT_TRUNCATED = 3;

function jsonParams(text: string | undefined): unknown {
  if (text === undefined) return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--params is not JSON: ${error instanceof Error ? error.message : error}`);
  }
}

const list = (text: string | undefined) => (text ? text.split(',').map((item) => item.trim()) : []);

async function openOut(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'w');
  } catch (error) {
    // The system's words (ENOENT: no such file or directory, open '…') after the option that caused them.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot write --out ${path}: ${reason}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseCommandLine({
    options: {
      format: { type: 'string' },
      part: { type: 'string' },
      keys: { type: 'string' },
      ego: { type: 'string' },
      depth: { type: 'string' },
      meetings: { type: 'boolean' },
      graph: { type: 'boolean' },
      labels: { type: 'string' },
      types: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      status: { type: 'string' },
      cypher: { type: 'string' },
      params: { type: 'string' },
      'max-rows': { type: 'string' },
      'min-sources': { type: 'string' },
      'no-evidence': { type: 'boolean' },
      'no-bom': { type: 'boolean' },
      out: { type: 'string' },
    },
  });
  const window = {
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  };
  // The same schema as POST /api/export validates the command line.
  const parsed = exportBody.safeParse({
    format: values.format,
    ...(values.part ? { part: values.part } : {}),
    ...(values.keys ? { keys: list(values.keys) } : {}),
    ...(values.ego ? { ego: values.ego } : {}),
    ...(values.depth ? { depth: values.depth } : {}),
    ...(values.meetings ? { meetings: { ...window, status: list(values.status) } } : {}),
    ...(values.graph ? { graph: { ...window, labels: list(values.labels), types: list(values.types) } } : {}),
    ...(values.cypher ? { cypher: { query: values.cypher, params: jsonParams(values.params) } } : {}),
    ...(values['max-rows'] ? { maxRows: values['max-rows'] } : {}),
    ...(values['min-sources'] ? { minSources: values['min-sources'] } : {}),
    ...(values['no-evidence'] ? { withEvidence: false } : {}),
    ...(values['no-bom'] ? { bom: false } : {}),
  });
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`)
        .join('; '),
    );
  }
  const body = parsed.data;
  const out = values.out;

  // The output file is opened before connecting, so an unwritable path fails at once.
  const file = out ? await openOut(out) : undefined;
  // Interrupted (Ctrl-C, kill): no partial file is left to be mistaken for an export.
  const interrupted = (signal: NodeJS.Signals) => {
    if (out) void rm(out, { force: true }).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    else process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  let truncatedAt: number | null = null;
  try {
    const graph = await exportGraphFor({ driver, config }, subsetOfBody(body), optionsOf(body));
    truncatedAt = graph.truncatedAt;
    const stream = file ? file.createWriteStream() : process.stdout;
    await writeFormat(body, graph, streamSink(stream));
    if (file) {
      stream.end();
      await finished(stream);
      console.error(`Wrote ${out}`);
    }
  } catch (error) {
    if (out) await rm(out, { force: true });
    throw error;
  } finally {
    await file?.close().catch(() => undefined);
    await driver.close();
  }
  if (truncatedAt !== null) {
    console.error(
      `export: truncated: the query has more than --max-rows ${truncatedAt} rows; the export holds the first ${truncatedAt} (raise --max-rows, up to 200000)`,
    );
    process.exitCode = EXIT_TRUNCATED;
  }
}

runCli({ name: 'export', usage: USAGE }, main);
