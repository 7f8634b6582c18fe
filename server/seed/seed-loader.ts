// Applies cypher/schema.cypher and cypher/seed/*.cypher to a database, and gives the seed articles their texts
// from seeds/, all-or-nothing, and counts the result.
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Driver, Neo4jError } from 'neo4j-driver';
import { articleSha256, normaliseArticleText } from '../articles/article-text-normal.ts';
import { bumpGraphVersion } from '../cache/graph-version.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { graphCounts } from '../db/graph-counts.ts';
import { type CypherStatement, splitCypher } from './split-cypher.ts';

export interface SeedOptions {
  /** Database name; the driver's default database when left out. */
  database?: string;
  log?: (line: string) => void;
  /** Directory holding `schema.cypher` and `seed/*.cypher`; the repository's `cypher/` by default. */
  cypherDir?: string;
}

export interface SeedReport {
  /** Seed files applied, in order, as paths relative to the working directory. */
  files: string[];
  statements: number;
  /** Nodes per label over the whole database after seeding (a node with two labels counts twice). */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** A statement that the database refused, located by file and line. */
export class SeedStatementError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly neo4jMessage: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}:${line}: ${neo4jMessage}`, options);
    this.name = 'SeedStatementError';
  }
}

export const DEFAULT_CYPHER_DIR = fileURLToPath(new URL('../../cypher', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const seedArticleTextsQuery = cypherFile(import.meta.url, './seed-article-texts.cypher');

interface SeedArticleText {
  id: string;
  file: string;
  text: string;
  sha256: string;
}

/**
 * The seed articles' texts, read from the files seeds/manifest.json lists, normalised as intake normalises
 * (so the database holds every text and no request ever reads a file). A missing file fails the load.
 */
async function seedArticleTexts(): Promise<SeedArticleText[]> {
  const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'seeds', 'manifest.json'), 'utf8')) as {
    id: string;
    file: string;
  }[];
  return Promise.all(
    manifest.map(async ({ id, file }) => {
      const text = normaliseArticleText(await readFile(join(REPO_ROOT, file), 'utf8'));
      return { id, file, text, sha256: articleSha256(text) };
    }),
  );
}

interface ScriptFile {
  path: string;
  label: string;
  statements: CypherStatement[];
}

function displayPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}

async function loadScript(path: string): Promise<ScriptFile> {
  return { path, label: displayPath(path), statements: splitCypher(await readFile(path, 'utf8')) };
}

/**
 * Neo4j reports syntax errors as "(line 3, column 5 (offset: 40))" relative to the statement; moving that
 * onto the file's numbering points at the offending line rather than at the statement's first line.
 */
function lineInFile(statement: CypherStatement, message: string): number {
  const match = /\(line (\d+), column \d+/.exec(message);
  return match?.[1] ? statement.line + Number(match[1]) - 1 : statement.line;
}

function locate(file: ScriptFile, statement: CypherStatement, error: unknown): unknown {
  // Transient failures stay themselves so that executeWrite can retry the whole transaction.
  if (error instanceof Neo4jError && error.retryable) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SeedStatementError(file.label, lineInFile(statement, message), message, { cause: error });
}

async function seedFiles(cypherDir: string): Promise<ScriptFile[]> {
  const seedDir = join(cypherDir, 'seed');
  const names = (await readdir(seedDir)).filter((name) => name.endsWith('.cypher')).sort();
  return Promise.all(names.map((name) => loadScript(join(seedDir, name))));
}

/** Counts per label and per type from the count store, so a report costs the same at any size. */
export async function countGraph(
  driver: Driver,
  database?: string,
): Promise<Pick<SeedReport, 'nodes' | 'relationships'>> {
  return graphCounts(driver, database);
}

/**
 * Schema statements run one by one in auto-commit transactions (Neo4j refuses schema changes and writes
 * in one transaction; they are idempotent with IF NOT EXISTS). All seed files then run in ONE write
 * transaction, so a bad statement anywhere leaves the database exactly as it was.
 */
export async function seedDatabase(driver: Driver, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const cypherDir = resolve(options.cypherDir ?? DEFAULT_CYPHER_DIR);
  const sessionConfig = options.database ? { database: options.database } : {};

  const schema = await loadScript(join(cypherDir, 'schema.cypher'));
  const files = await seedFiles(cypherDir);
  const articleTexts = await seedArticleTexts();

  const schemaSession = driver.session(sessionConfig);
  try {
    for (const statement of schema.statements) {
      try {
        await schemaSession.run(statement.text);
      } catch (error) {
        throw locate(schema, statement, error);
      }
    }
  } finally {
    await schemaSession.close();
  }
  log(`schema: ${schema.statements.length} statements from ${schema.label}`);

  const session = driver.session(sessionConfig);
  try {
    await session.executeWrite(async (tx) => {
      for (const file of files) {
        for (const statement of file.statements) {
          try {
            await tx.run(statement.text);
          } catch (error) {
            throw locate(file, statement, error);
          }
        }
      }
      // Same transaction: the articles and their texts appear together or not at all.
      await tx.run(seedArticleTextsQuery.fill(), { rows: articleTexts });
      // ...and the graph version moves with them, so no cached answer outlives the seed.
      await bumpGraphVersion(tx);
    });
  } finally {
    await session.close();
  }
  const statements = files.reduce((sum, file) => sum + file.statements.length, 0);
  for (const file of files) log(`seed: ${file.statements.length} statements from ${file.label}`);

  return {
    files: files.map((file) => file.label),
    statements,
    ...(await countGraph(driver, options.database)),
  };
}

const emptyQuery = cypherFile(import.meta.url, './database-is-empty.cypher');

export async function databaseIsEmpty(driver: Driver, database?: string): Promise<boolean> {
  const result = await driver.executeQuery(emptyQuery.fill(), {}, database ? { database } : {});
  return result.records[0]?.get('empty') === true;
}
