// Renders an instance's neo4j.conf from the project's template and derives the JVM command line from it.
import { readFileSync } from 'node:fs';
import { confTemplate } from './paths.ts';

export interface InstanceSettings {
  homeDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  pluginsDir: string;
  /** neo4j.conf lines appended after the instance's own; the product's instances add none. */
  extraConf?: readonly string[];
}

export function renderConf(settings: InstanceSettings): string {
  const template = readFileSync(confTemplate, 'utf8');
  const instanceLines = [
    '',
    '# This instance',
    `server.directories.data=${settings.homeDir}/data`,
    `server.directories.logs=${settings.homeDir}/logs`,
    `server.directories.run=${settings.homeDir}/run`,
    `server.directories.import=${settings.homeDir}/import`,
    `server.directories.plugins=${settings.pluginsDir}`,
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.memory.heap.initial_size=${settings.heap}`,
    `server.memory.heap.max_size=${settings.heap}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    ...(settings.extraConf ?? []),
  ];
  return `${template.trimEnd()}\n${instanceLines.join('\n')}\n`;
}

function settingValues(conf: string, key: string): string[] {
  return conf
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));
}

/** The same JVM arguments Neo4j's bootloader builds from neo4j.conf: heap, encoding and `server.jvm.additional`. */
export function jvmArguments(conf: string): string[] {
  const [heapInitial] = settingValues(conf, 'server.memory.heap.initial_size');
  const [heapMax] = settingValues(conf, 'server.memory.heap.max_size');
  return [
    ...(heapInitial ? [`-Xms${heapInitial}`] : []),
    ...(heapMax ? [`-Xmx${heapMax}`] : []),
    '-Dfile.encoding=UTF-8',
    ...settingValues(conf, 'server.jvm.additional'),
  ];
}
