// Checks for Java 17+ and Maven before the runtime needs them, with a message that says what to install.
import { spawnSync } from 'node:child_process';

export class MissingPrerequisiteError extends Error {}

function versionOutput(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return `${result.stdout}${result.stderr}`;
}

export function requireJava(): number {
  const output = versionOutput('java', ['-version']);
  if (!output) {
    throw new MissingPrerequisiteError(
      'Java was not found on PATH. The local Neo4j needs Java 17 or 21 (e.g. `apt-get install openjdk-17-jre-headless`), or set NEO4J_URI to use another Neo4j.',
    );
  }
  const match = /version "(\d+)/.exec(output);
  const major = match?.[1] ? Number(match[1]) : 0;
  if (major < 17) {
    throw new MissingPrerequisiteError(
      `The local Neo4j needs Java 17 or newer; found: ${output.split('\n')[0]}`,
    );
  }
  return major;
}

export function requireMaven(): void {
  if (!versionOutput('mvn', ['-v'])) {
    throw new MissingPrerequisiteError(
      'Maven (`mvn`) was not found on PATH. It fetches the Neo4j JARs on first use (`apt-get install maven`), or set NEO4J_URI to use another Neo4j.',
    );
  }
}
