// Child process for the after-a-write rows: moves the graph version every few milliseconds (what every product
// write does besides its own work) until told to stop, so both sides read while writes keep coming in. Its own
// process: a bump made by the measuring process waited on that process's event loop, which the driver side
// keeps busy decoding and the HTTP side does not, so reads ran fewer at a time on one side than the other.
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { bumpGraphVersionAlone } from '../server/cache/graph-version.ts';

const INTERVAL_MS = Number(process.argv[2] ?? 5);
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? '',
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
);
let running = true;
process.once('SIGTERM', () => {
  running = false;
});
let bumps = 0;
while (running) {
  await bumpGraphVersionAlone(driver, database);
  if (bumps++ === 0) process.stdout.write('bumping\n');
  await sleep(INTERVAL_MS);
}
await driver.close();
process.stdout.write(`${JSON.stringify({ bumps })}\n`);
