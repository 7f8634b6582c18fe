// Runs Neo4j's own offline importer (`neo4j-admin database import full`) from the bundled runtime's JARs.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { libDir } from '../../scripts/local-neo4j/paths.ts';
import { type AdminInput, ARRAY_DELIMITER } from './admin-csv.ts';

const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

export interface AdminImportOptions {
  /** The bundled instance's home: its conf/neo4j.conf says where the store lives. */
  homeDir: string;
  database: string;
  /** Where the tool writes its report of bad entries (there are none: the rows were validated). */
  reportFile: string;
  log?: (line: string) => void;
}

export function adminImportArguments(input: AdminInput, options: AdminImportOptions): string[] {
  return [
    '-Xmx1g',
    '-cp',
    `${libDir}/*`,
    ADMIN_TOOL,
    'database',
    'import',
    'full',
    options.database,
    // The caller has checked the database is empty; the tool refuses an existing store without this.
    '--overwrite-destination=true',
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    '--id-type=string',
    `--report-file=${options.reportFile}`,
    // Off-heap caches: bounded, so the import does not claim most of a shared machine's memory.
    '--max-off-heap-memory=2G',
    ...(input.multiline ? ['--multiline-fields=true'] : []),
    ...input.nodes.map(({ label, path }) => `--nodes=${label}=${path}`),
    ...input.relationships.map(({ type, path }) => `--relationships=${type}=${path}`),
  ];
}

/** Resolves when the tool exits 0; otherwise rejects with its last meaningful output line. */
export async function runAdminImport(input: AdminInput, options: AdminImportOptions): Promise<void> {
  const log = options.log ?? (() => {});
  const child = spawn('java', adminImportArguments(input, options), {
    env: { ...process.env, NEO4J_HOME: options.homeDir, NEO4J_CONF: join(options.homeDir, 'conf') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
      if (/^(IMPORT DONE|Import starting|\(\d\/\d\)|Imported:|Peak memory)/.test(line.trim()))
        log(line.trim());
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('exit', done);
  });
  if (code !== 0) {
    const reason = [...lines].reverse().find((line) => /error|exception|fail/i.test(line)) ?? lines.at(-1);
    throw new Error(`neo4j-admin import failed (exit ${code}): ${reason?.trim() ?? 'no output'}`);
  }
}
