// `npm run neo4j -- install|start`: installs the local Neo4j JARs, or runs the local Neo4j in the foreground.
import { loadConfig } from '../server/config.ts';
import { ensureInstalled } from './local-neo4j/install.ts';
import { LocalNeo4j } from './local-neo4j/instance.ts';

async function main(command: string | undefined): Promise<void> {
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
  console.error('usage: npm run neo4j -- install | start');
  process.exitCode = 2;
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
