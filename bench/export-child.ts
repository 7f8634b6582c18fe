// Child process for the export bench's references, so each one's peak memory is its own: the bare driver
// streaming the export's own query, or APOC's GraphML export streamed back. Prints one JSON line.
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { cypherFile, integerFragment, labelFragment } from '../server/db/cypher-files.ts';
import { visibilityParams } from '../server/export/sourcing.ts';

function checkedId(value: string): string {
  if (!/^[\w-]+$/.test(value)) throw new Error(`unexpected id ${value}`);
  return value;
}

const [mode, id = 'syn-person-0', depthText = '1'] = process.argv.slice(2);
const depth = integerFragment(Number(depthText), 1, 3);
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? '',
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
);

async function stream(
  query: string,
  params: Record<string, unknown>,
  onRecord: (record: neo4j.Record) => void,
) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: 500 });
  try {
    for await (const record of session.run(query, params)) onRecord(record);
  } finally {
    await session.close();
  }
}

const baseMb = process.memoryUsage().rss / 1048576;
const start = performance.now();
let rows = 0;
let bytes = 0;
if (mode === 'driver') {
  const fragments = { label: labelFragment('Person'), depth };
  const query = cypherFile(import.meta.url, '../server/export/queries/ego-subgraph.cypher').fill(fragments);
  // Touch every value, as a writer would, without building a document.
  await stream(query, { ...visibilityParams(), id }, (record) => {
    rows++;
    bytes += JSON.stringify(record.toObject(), (_k, v) => (typeof v === 'bigint' ? String(v) : v)).length;
  });
} else if (mode === 'apoc') {
  const graphQuery = readFileSync(new URL('./cypher/apoc-export-graphml.cypher', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('//'))
    .join('\n')
    .replaceAll('__DEPTH__', depth)
    // apoc.export.graphml.query takes no parameters for its inner query: the id (checked) goes in as a literal.
    .replace('$id', JSON.stringify(checkedId(id)));
  await stream(
    'CALL apoc.export.graphml.query($query, null, {stream: true, useTypes: true}) YIELD data RETURN data',
    { query: graphQuery },
    (record) => {
      rows++;
      bytes += String(record.get('data') ?? '').length;
    },
  );
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - start;
await driver.close();
process.stdout.write(
  `${JSON.stringify({ ms, rows, bytes, peakMb: process.resourceUsage().maxRSS / 1024 - baseMb })}\n`,
);
