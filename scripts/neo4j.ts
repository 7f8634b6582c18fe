// `npm run neo4j -- install|start`: installs the local Neo4j JARs, or runs the local Neo4j in the foreground.
import { loadConfig } from '../server/config.ts';
import { parseCommandLine, runCli, UsageError } from './cli.ts';
import { ensureInstalled } from './local-neo4j/install.ts';
import { LocalNeo4j } from './local-neo4j/instance.ts';

const USAGE = `usage: npm run neo4j -- install | start
  install  resolves the local Neo4j Community and APOC JARs with Maven into neo4j/runtime/
  start    runs the local Neo4j in the foreground until Ctrl-C (data in the configured data directory)`;

async function main(): Promise<void> {
  const { positionals } = parseCommandLine({ allowPositionals: true, options: {} });
  const [command, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`one command only, not also "${extra.join(' ')}"`);
  if (command === 'install') {
    const installed = await ensureInstalled();
    console.log(`Neo4j ${installed.neo4jVersion} (APOC ${installed.apocVersion}) is installed.`);
    return;
  }
  if (command === 'start') {
    const config = loadConfig();
    const server = new LocalNeo4j({
      ...config.localNeo4j,
      homeDir: config.localNeo4j.dataDir,
      password: config.neo4j.password,
    });
    await server.start();
    console.log(`Local Neo4j listening on ${server.uri} (user neo4j). Ctrl-C stops it.`);
    const stop = (): void => {
      void server.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
}

runCli({ name: 'neo4j', usage: USAGE }, main);
