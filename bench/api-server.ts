// Child process for the API bench: the real app against the bench's Neo4j, so its CPU and memory are its own.
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver } from '../server/db/driver.ts';
import { limitHeapGrowth } from '../server/heap-growth.ts';
import { createLogger } from '../server/logger.ts';
import { listen } from '../server/server.ts';

// Heap growth as `npm start` sets it, so the bench measures the memory a deployment has.
limitHeapGrowth();
// Request logs off: the bench measures the API's work, not how fast pino writes to a pipe.
const config = { ...loadConfig({ ...process.env, LOG_LEVEL: 'silent' }), externalNeo4j: true };
const driver = createDriver(config.neo4j);
const running = await listen(createApp({ driver, config, logger: createLogger('silent') }), 0, '127.0.0.1');
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
process.once('SIGTERM', () => {
  void running
    .close(2_000)
    .then(() => driver.close())
    .then(() => process.exit(0));
});
