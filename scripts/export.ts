// `npm run export -- --format gexf --ego Person:donald-trump --depth 2 --out file.gexf`: the API's export
// from the command line, streamed to a file (or stdout) through the same code.
import { open, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { exportBody } from '../contract/index.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver } from '../server/db/driver.ts';
import { exportGraphFor } from '../server/export/export.service.ts';
import { streamSink } from '../server/export/export-sink.ts';
import { writeFormat } from '../server/export/formats/index.ts';
import { subsetOfBody } from '../server/export/subset-of-body.ts';
import { parseCommandLine, runCli, UsageError } from './cli.ts';

const USAGE = `usage: npm run export -- --format json|gexf|graphml|csv|cypher [--part nodes|edges]
  (--keys K1,K2 | --ego KEY [--depth 1-3] | --meetings [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status held,...]
   | --cypher "MATCH ... RETURN ..." [--params '{"x":1}']) [--out FILE]
  Exports a subgraph of the configured Neo4j as POST /api/export does, to FILE or to stdout.`;

function jsonParams(text: string | undefined): unknown {
  if (text === undefined) return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--params is not JSON: ${error instanceof Error ? error.message : error}`);
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
      from: { type: 'string' },
      to: { type: 'string' },
      status: { type: 'string' },
      cypher: { type: 'string' },
      params: { type: 'string' },
      out: { type: 'string' },
    },
  });
  // The same schema as POST /api/export validates the command line.
  const parsed = exportBody.safeParse({
    format: values.format,
    ...(values.part ? { part: values.part } : {}),
    ...(values.keys ? { keys: values.keys.split(',').map((key) => key.trim()) } : {}),
    ...(values.ego ? { ego: values.ego } : {}),
    ...(values.depth ? { depth: values.depth } : {}),
    ...(values.meetings
      ? {
          meetings: {
            ...(values.from ? { from: values.from } : {}),
            ...(values.to ? { to: values.to } : {}),
            status: values.status ? values.status.split(',') : [],
          },
        }
      : {}),
    ...(values.cypher ? { cypher: { query: values.cypher, params: jsonParams(values.params) } } : {}),
  });
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`)
        .join('; '),
    );
  }
  const body = parsed.data;
  const subset = subsetOfBody(body);

  // The output file is opened before connecting, so an unwritable path fails at once.
  const file = values.out ? await open(values.out, 'w') : undefined;
  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  try {
    const graph = await exportGraphFor({ driver, config }, subset);
    const out = file ? file.createWriteStream() : process.stdout;
    await writeFormat(body.format, graph, streamSink(out), body.part);
    if (file) {
      out.end();
      await finished(out);
      console.error(`Wrote ${values.out}`);
    }
  } catch (error) {
    // No half-written file is left behind to be mistaken for an export.
    if (values.out) await rm(values.out, { force: true });
    throw error;
  } finally {
    await file?.close().catch(() => undefined);
    await driver.close();
  }
}

runCli({ name: 'export', usage: USAGE }, main);
