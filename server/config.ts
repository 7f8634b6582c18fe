// Reads every setting from the environment once, so the rest of the code never touches process.env.
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface AppConfig {
  port: number;
  host: string;
  /** Set when NEO4J_URI points at an outside database; the local runtime is then never started. */
  externalNeo4j: boolean;
  neo4j: Neo4jConnection;
  localNeo4j: {
    boltPort: number;
    heap: string;
    pageCache: string;
    dataDir: string;
  };
  cypher: {
    timeoutMs: number;
    maxRows: number;
    maxConcurrent: number;
    /** Requests that may wait for a slot; beyond that /api/cypher answers 503 at once. */
    maxQueued: number;
  };
  /** Per-client requests a minute on the expensive endpoints. */
  rateLimits: {
    cypherPerMinute: number;
    exportPerMinute: number;
    /** Sign-in attempts a minute per client address (failures per name are limited in the database). */
    signInPerMinute: number;
  };
  /** A bearer token with the admin role (for bootstrapping and CI); none by default. */
  adminToken: string | undefined;
  auth: {
    /** `open`: anyone may read; `login` (ACTORGRAPH_READ=login): every read but health and sign-in needs a principal. */
    readAccess: 'open' | 'login';
    /** Marks the session cookie Secure even on plain HTTP (behind a TLS-terminating proxy). */
    secureCookies: boolean;
  };
  /** The result cache of public read answers (server/cache/). */
  cache: {
    /** ACTORGRAPH_CACHE_MB in bytes; 0 turns the cache off. */
    maxBytes: number;
    /**
     * ACTORGRAPH_CACHE_STALE_MS: how old a graph version check may be and still answer (0: every request
     * waits for a check that started after it arrived, so no write is ever missed; this process's own
     * writes are always seen at once).
     */
    staleMs: number;
  };
  corsOrigins: string[];
  logLevel: string;
}

/** The local runtime's password when the user sets none: it only ever listens on loopback. */
export const LOCAL_DEFAULT_PASSWORD = 'actorgraph-local';

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return value;
}

function readAccessFromEnv(raw: string | undefined): 'open' | 'login' {
  if (raw === undefined || raw === '' || raw === 'open') return 'open';
  if (raw === 'login') return 'login';
  throw new Error(`ACTORGRAPH_READ must be "open" or "login", got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const externalUri = env.NEO4J_URI?.trim();
  const boltPort = intFromEnv(env, 'NEO4J_LOCAL_BOLT_PORT', 7687);
  return {
    port: intFromEnv(env, 'PORT', 3000),
    host: env.HOST ?? '127.0.0.1',
    externalNeo4j: Boolean(externalUri),
    neo4j: {
      uri: externalUri || `bolt://127.0.0.1:${boltPort}`,
      user: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? LOCAL_DEFAULT_PASSWORD,
      database: env.NEO4J_DATABASE ?? 'neo4j',
    },
    localNeo4j: {
      boltPort,
      heap: env.NEO4J_LOCAL_HEAP ?? '1g',
      pageCache: env.NEO4J_LOCAL_PAGECACHE ?? '512m',
      dataDir: env.NEO4J_LOCAL_DIR ?? '.local/neo4j',
    },
    cypher: {
      timeoutMs: intFromEnv(env, 'CYPHER_TIMEOUT_MS', 10_000),
      maxRows: intFromEnv(env, 'CYPHER_MAX_ROWS', 5_000),
      maxConcurrent: intFromEnv(env, 'CYPHER_MAX_CONCURRENT', 4),
      maxQueued: intFromEnv(env, 'CYPHER_MAX_QUEUED', 16, 0),
    },
    rateLimits: {
      cypherPerMinute: intFromEnv(env, 'RATE_LIMIT_CYPHER_PER_MINUTE', 300),
      exportPerMinute: intFromEnv(env, 'RATE_LIMIT_EXPORT_PER_MINUTE', 60),
      signInPerMinute: intFromEnv(env, 'RATE_LIMIT_SIGN_IN_PER_MINUTE', 10),
    },
    adminToken: env.ACTORGRAPH_ADMIN_TOKEN || undefined,
    auth: {
      readAccess: readAccessFromEnv(env.ACTORGRAPH_READ),
      secureCookies: env.ACTORGRAPH_SECURE_COOKIES === '1' || env.ACTORGRAPH_SECURE_COOKIES === 'true',
    },
    cache: {
      maxBytes: intFromEnv(env, 'ACTORGRAPH_CACHE_MB', 64, 0) * 1024 * 1024,
      staleMs: intFromEnv(env, 'ACTORGRAPH_CACHE_STALE_MS', 0, 0),
    },
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
