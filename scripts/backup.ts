// `npm run backup -- DIR`: an offline dump of the bundled Neo4j, or a logical export of any Neo4j (NEO4J_URI).
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../server/config.ts';
import { bundledOf, dumpDatabase, hasStore, runningPid, startAgain, stopRunning } from './backup/bundled.ts';
import { exportLogical } from './backup/logical-export.ts';
import { FORMAT, writeManifest } from './backup/manifest.ts';
import { connect } from './backup/target.ts';
import { parseCommandLine, runCli, UsageError } from './cli.ts';
import { installedVersions } from './local-neo4j/install.ts';

const USAGE = `usage: npm run backup -- DIR [--logical] [--stop-running]
  Backs up the whole database (articles, facts, accounts as hashes, history, schema) into DIR, which must
  be new or empty; manifest.json is written last, so a folder without one is no backup.
  With NEO4J_URI set: a logical export (gzipped NDJSON with typed values, the schema and counts).
  The bundled Neo4j: an offline \`neo4j-admin database dump\` while it is stopped (consistent by construction).
    --logical       a logical export of the bundled Neo4j instead (online; started for the backup if stopped)
    --stop-running  if the bundled Neo4j is running (npm start, npm run neo4j -- start), stop it, dump, and
                    start it again in the background; without it a running one is refused
  Restore with: npm run restore -- DIR`;

function requireNewOrEmpty(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new UsageError(`${dir} is not empty; back up into a new or empty folder`);
  }
}

async function main(): Promise<void> {
  const { positionals, values } = parseCommandLine({
    allowPositionals: true,
    options: { logical: { type: 'boolean' }, 'stop-running': { type: 'boolean' } },
  });
  const [target, ...extra] = positionals;
  if (target === undefined) throw new UsageError('no backup folder (DIR) given');
  if (extra.length > 0) throw new UsageError(`one folder only, not also "${extra.join(' ')}"`);
  const dir = resolve(target);
  requireNewOrEmpty(dir);
  const config = loadConfig();
  const log = (line: string): void => console.log(line);

  if (config.externalNeo4j || values.logical) {
    const connected = await connect(config, log);
    try {
      const manifest = await exportLogical(dir, { ...connected, log });
      console.log(
        `Backed up ${manifest.nodes} nodes, ${manifest.relationships} relationships and ${manifest.schema.length} ` +
          `constraints/indexes from ${manifest.source} into ${dir} (logical).`,
      );
    } finally {
      await connected.close();
    }
    return;
  }

  const bundled = bundledOf(config);
  if (!hasStore(bundled))
    throw new Error(`the bundled Neo4j in ${bundled.homeDir} holds no database "${bundled.database}" yet`);
  const pid = runningPid(bundled);
  if (pid !== undefined && !values['stop-running']) {
    throw new Error(
      `the bundled Neo4j is running (pid ${pid}); stop it first (npm start / npm run neo4j), or pass --stop-running ` +
        'to stop it, dump and start it again, or --logical for an online backup',
    );
  }
  mkdirSync(dir, { recursive: true });
  if (pid !== undefined) await stopRunning(pid, log);
  try {
    const dump = await dumpDatabase(bundled, dir);
    writeManifest(dir, {
      format: FORMAT,
      kind: 'dump',
      createdAt: new Date().toISOString(),
      database: bundled.database,
      neo4jVersion: `Neo4j Community ${installedVersions()?.neo4jVersion ?? ''}`.trim(),
      file: `${bundled.database}.dump`,
      ...dump,
    });
    console.log(
      `Dumped the bundled database "${bundled.database}" (${dump.bytes} bytes) into ${dir} (neo4j-admin).`,
    );
  } finally {
    if (pid !== undefined) {
      const uri = await startAgain(bundled, log);
      console.log(`The bundled Neo4j runs again on ${uri} (in the background).`);
    }
  }
  // A Neo4j started again above is a child of this process: exit without waiting for it.
  if (pid !== undefined) process.exit(0);
}

runCli({ name: 'backup', usage: USAGE }, main);
