// Runs one of the project's npm scripts for a bench (generate a corpus, bulk-load it), its output shown, and
// stops the bench with one line when the script fails.
import { spawnSync } from 'node:child_process';

export function npmRun(args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync('npm', ['run', '--silent', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`npm run ${args.join(' ')} failed`);
}
