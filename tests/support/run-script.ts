// Runs one of the project's command-line tools (`scripts/<name>.ts`, or a path such as `bench/run`) as a real child process and collects
// its exit code and output, for the tests that check what users see on the command line.
import { spawn } from 'node:child_process';
import { repoRoot } from '../../scripts/local-neo4j/paths.ts';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(
  script: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; stdin?: string } = {},
): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const path = script.includes('/') ? `${script}.ts` : `scripts/${script}.ts`;
    const child = spawn(process.execPath, ['--import', 'tsx', path, ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
