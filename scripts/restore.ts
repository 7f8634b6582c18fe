// `npm run restore -- DIR`: restores a backup into an EMPTY database (a logical one into any Neo4j, a dump
// into a bundled Neo4j home that holds no database yet), then checks it against the backup's manifest.
import { join, resolve } from 'node:path';
import { loadConfig } from '../server/config.ts';
import { bundledOf, hasStore, loadDatabase, runningPid, sha256File } from './backup/bundled.ts';
import { importLogical } from './backup/logical-import.ts';
import { readManifest } from './backup/manifest.ts';
import { connect } from './backup/target.ts';
import { integerOption, parseCommandLine, runCli, UsageError } from './cli.ts';

const USAGE = `usage: npm run restore -- DIR [--batch-size N]
  Restores the backup in DIR (made by npm run backup) into an EMPTY database; a database that holds
  anything is refused, so a restore never mixes two graphs.
  A logical backup restores into NEO4J_URI or the bundled Neo4j: the schema first, then the nodes and the
  relationships in batches of N (default 1000, one transaction each), then every count is checked.
  A dump (neo4j-admin) restores into the bundled Neo4j only, into a NEO4J_LOCAL_DIR that holds no
  database yet (move the old folder away first), while it is stopped.`;

async function main(): Promise<void> {
  const { positionals, values } = parseCommandLine({
    allowPositionals: true,
    options: { 'batch-size': { type: 'string' } },
  });
  const [target, ...extra] = positionals;
  if (target === undefined) throw new UsageError('no backup folder (DIR) given');
  if (extra.length > 0) throw new UsageError(`one folder only, not also "${extra.join(' ')}"`);
  const batchSize = integerOption('batch-size', values['batch-size'] ?? '1000', 1, 100_000);
  const dir = resolve(target);
  const manifest = readManifest(dir);
  const config = loadConfig();
  const log = (line: string): void => console.log(line);

  if (manifest.kind === 'logical') {
    const connected = await connect(config, log);
    try {
      const report = await importLogical(dir, manifest, { ...connected, batchSize, log });
      console.log(
        `Restored ${report.nodes} nodes and ${report.relationships} relationships into ${connected.source}; ` +
          'every label and type count matches the backup.',
      );
    } finally {
      await connected.close();
    }
    return;
  }

  if (config.externalNeo4j) {
    throw new Error(
      'this backup is a neo4j-admin dump of the bundled Neo4j; it restores only without NEO4J_URI',
    );
  }
  const bundled = bundledOf(config);
  if (manifest.database !== bundled.database) {
    throw new Error(
      `the dump holds database "${manifest.database}", not NEO4J_DATABASE "${bundled.database}"`,
    );
  }
  const pid = runningPid(bundled);
  if (pid !== undefined)
    throw new Error(`the bundled Neo4j is running (pid ${pid}); stop it before a restore`);
  if (hasStore(bundled)) {
    throw new Error(
      `${bundled.homeDir} already holds database "${bundled.database}"; restore into a fresh NEO4J_LOCAL_DIR ` +
        '(move the old folder away first)',
    );
  }
  if ((await sha256File(join(dir, manifest.file))) !== manifest.sha256) {
    throw new Error(`${manifest.file} does not match the manifest (damaged or edited): restore refused`);
  }
  await loadDatabase(bundled, dir);
  console.log(`Loaded the dump into ${bundled.homeDir}; npm start (or npm run neo4j -- start) serves it.`);
}

runCli({ name: 'restore', usage: USAGE }, main);
