// Resolves Neo4j Community and APOC core from Maven Central into neo4j/runtime on first use.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { installMarker, libDir, pluginsDir, pomFile, runtimeDir } from './paths.ts';
import { requireJava, requireMaven } from './prerequisites.ts';

export interface InstallInfo {
  neo4jVersion: string;
  apocVersion: string;
}

function pomProperty(name: string): string {
  const match = new RegExp(`<${name}>([^<]+)</${name}>`).exec(readFileSync(pomFile, 'utf8'));
  if (!match?.[1]) throw new Error(`neo4j/pom.xml has no <${name}>`);
  return match[1];
}

export function wantedVersions(): InstallInfo {
  return { neo4jVersion: pomProperty('neo4j.version'), apocVersion: pomProperty('apoc.version') };
}

export function installedVersions(): InstallInfo | undefined {
  if (!existsSync(installMarker)) return undefined;
  return JSON.parse(readFileSync(installMarker, 'utf8')) as InstallInfo;
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: runtimeDir, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`mvn exited with code ${code}`))));
  });
}

/**
 * `apoc.import.graphml` (and APOC's other XML readers) need Woodstox, which APOC core's published POM does
 * not declare: without it the import fails with NoClassDefFoundError com/ctc/wstx/…. Added beside the
 * server's JARs (on the class path, where APOC finds it).
 */
const XML_JARS = [
  { artifact: 'com.fasterxml.woodstox:woodstox-core:6.5.1', jar: 'woodstox-core-6.5.1.jar' },
  { artifact: 'org.codehaus.woodstox:stax2-api:4.2.1', jar: 'stax2-api-4.2.1.jar' },
];

async function ensureXmlJars(log: (line: string) => void): Promise<void> {
  const missing = XML_JARS.filter(({ jar }) => !existsSync(join(libDir, jar)));
  if (missing.length === 0) return;
  requireMaven();
  log(`Adding ${missing.map(({ artifact }) => artifact).join(', ')} for APOC's GraphML import…`);
  for (const { artifact } of missing) {
    await runMaven([
      '-B',
      '-q',
      '-f',
      pomFile,
      'dependency:copy',
      `-Dartifact=${artifact}`,
      `-DoutputDirectory=${libDir}`,
    ]);
  }
}

/** Installs the JARs unless the wanted versions are already there; returns what is installed. */
export async function ensureInstalled(log: (line: string) => void = console.log): Promise<InstallInfo> {
  requireJava();
  const wanted = wantedVersions();
  const installed = installedVersions();
  if (installed?.neo4jVersion === wanted.neo4jVersion && installed.apocVersion === wanted.apocVersion) {
    await ensureXmlJars(log);
    return installed;
  }
  requireMaven();
  log(`Installing Neo4j Community ${wanted.neo4jVersion} and APOC core ${wanted.apocVersion} with Maven…`);
  rmSync(libDir, { recursive: true, force: true });
  rmSync(pluginsDir, { recursive: true, force: true });
  rmSync(installMarker, { force: true });
  mkdirSync(pluginsDir, { recursive: true });
  await runMaven([
    '-B',
    '-q',
    '-f',
    pomFile,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${libDir}`,
    '-DincludeScope=runtime',
  ]);
  // Neo4j registers procedures only from jars in the plugins folder, but APOC's extensions (ApocConfig)
  // are found on the class path: the jars go in both, and parent-first loading keeps one copy of each class.
  for (const file of readdirSync(libDir).filter((name) => name.startsWith('apoc-'))) {
    copyFileSync(join(libDir, file), join(pluginsDir, file));
  }
  await ensureXmlJars(log);
  writeFileSync(installMarker, `${JSON.stringify(wanted, null, 2)}\n`);
  log('Neo4j JARs installed in neo4j/runtime.');
  return wanted;
}
