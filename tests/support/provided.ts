// The values the global setup hands to every test file through vitest's provide/inject.
import type { Neo4jConnection } from '../../server/config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** How the suite got its database: 'external', 'testcontainers' or 'local'. */
    neo4jSource: string;
    /**
     * A copy of the suite's data directory taken right after the seed (stopped cleanly), for throw-away
     * instances that start from the seed graph (seeded-test-neo4j.ts); '' when the database is not local.
     */
    neo4jSeededStore: string;
  }
}
