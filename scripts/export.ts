// `npm run export -- --format gexf --ego Person:donald-trump --depth 2 --out file.gexf`: the API's export
// from the command line, streamed to a file (or stdout) through the same code.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { exportBody } from '../contract/index.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver } from '../server/db/driver.ts';
import { DomainError } from '../server/errors.ts';
import { exportGraphFor } from '../server/export/export.service.ts';
import { streamSink } from '../server/export/export-sink.ts';
import { writeFormat } from '../server/export/formats/index.ts';
import { subsetOfBody } from '../server/export/subset-of-body.ts';

const USAGE = `usage: npm run export -- --format json|gexf|graphml|csv|cypher [--part nodes|edges]
  (--keys K1,K2 | --ego KEY [--depth 1-3] | --meetings [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status held,...]
   | --cypher "MATCH ... RETURN ..." [--params '{"x":1}']) [--out FILE]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
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
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
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
    ...(values.cypher
      ? { cypher: { query: values.cypher, params: values.params ? JSON.parse(values.params) : {} } }
      : {}),
  });
  if (!parsed.success) {
    console.error(
      parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`)
        .join('\n'),
    );
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const body = parsed.data;
  const subset = subsetOfBody(body);

  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  try {
    const graph = await exportGraphFor({ driver, config }, subset);
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    await writeFormat(body.format, graph, streamSink(out), body.part);
    if (values.out) {
      out.end();
      await finished(out);
      console.error(`Wrote ${values.out}`);
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof DomainError
      ? `${error.code}: ${error.message}`
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exitCode = 1;
});
