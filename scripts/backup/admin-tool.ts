// Runs Neo4j's own admin CLI (`neo4j-admin`, main class org.neo4j.cli.AdminTool, shipped in the runtime's
// JARs) against a bundled instance's home: the offline `database dump` and `database load`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { libDir } from '../local-neo4j/paths.ts';

const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

/** Runs `neo4j-admin <args>` with NEO4J_HOME/NEO4J_CONF of `homeDir`; a failure throws its last lines. */
export function runAdminTool(homeDir: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-Xmx512m', '-cp', `${libDir}/*`, ADMIN_TOOL, ...args], {
      cwd: homeDir,
      env: { ...process.env, NEO4J_HOME: homeDir, NEO4J_CONF: join(homeDir, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-4_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) {
        resolve();
        return;
      }
      const lines = output
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('Files:') && !line.startsWith('Run with'));
      reject(new Error(`neo4j-admin ${args.slice(0, 2).join(' ')} failed: ${lines.slice(-2).join(' ')}`));
    });
  });
}
