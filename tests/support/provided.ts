// The values the global setup hands to every test file through vitest's provide/inject.
import type { Neo4jConnection } from '../../server/config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** How the suite got its database: 'external', 'testcontainers' or 'local'. */
    neo4jSource: string;
  }
}
