// Builds the client with Vite when dist/client is missing or older than the client's sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './local-neo4j/paths.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export async function ensureClientBuilt(): Promise<void> {
  const clientDir = join(repoRoot, 'client');
  const builtIndex = join(repoRoot, 'dist', 'client', 'index.html');
  if (!existsSync(join(clientDir, 'vite.config.ts'))) return;
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestMtime(clientDir)) return;
  console.log('Building the client…');
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('The client build failed (see above).');
}
