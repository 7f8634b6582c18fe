// Where the local Neo4j runtime lives: the Maven project, the resolved JARs and the default instance.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const neo4jDir = join(repoRoot, 'neo4j');
export const pomFile = join(neo4jDir, 'pom.xml');
export const confTemplate = join(neo4jDir, 'neo4j.conf');
export const runtimeDir = join(neo4jDir, 'runtime');
export const libDir = join(runtimeDir, 'lib');
export const pluginsDir = join(runtimeDir, 'plugins');
/** Written last by the installer, so a half-finished install is never taken for a whole one. */
export const installMarker = join(runtimeDir, 'installed.json');
