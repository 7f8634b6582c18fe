// Builds the client with Vite: `npm run build:client` always, and ensureClientBuilt when dist/client is stale.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCommandLine, runCli } from './cli.ts';
import { repoRoot } from './local-neo4j/paths.ts';

const USAGE = `usage: npm run build:client
  Builds the explorer with Vite into dist/client (npm start does this by itself when the client changed).`;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildClient(): void {
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

export async function ensureClientBuilt(): Promise<void> {
  const clientDir = join(repoRoot, 'client');
  const builtIndex = join(repoRoot, 'dist', 'client', 'index.html');
  if (!existsSync(join(clientDir, 'vite.config.ts'))) return;
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestMtime(clientDir)) return;
  buildClient();
}

// Run as a command (not imported by npm start or the tests): build now, whatever the timestamps say.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCli({ name: 'build:client', usage: USAGE }, async () => {
    parseCommandLine({ options: {} });
    buildClient();
  });
}
