// Decides whether user Cypher may run: EXPLAIN it in a READ session, then refuse unless the plan is a read
// of this database whose every operator and procedure is allowed and whose functions are vetted.
import type { Driver, Plan, ProfiledPlan, QueryResult } from 'neo4j-driver';
import neo4j, { Neo4jError } from 'neo4j-driver';
import type { CypherNotification } from '../../contract/index.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { type DomainError, invalid } from '../errors.ts';
import { ALLOWED_SHOW_OPERATORS, isAllowedFunction, READ_ONLY_PROCEDURES } from './allowlist.ts';
import { calledNames } from './cypher-lexer.ts';
import { notificationsOf, statementError } from './query-position.ts';

/** What the guard puts before the user's text; positions Neo4j reports are moved back by it. */
export const EXPLAIN_PREFIX = 'EXPLAIN ';

export interface Refusal {
  reason: string;
  operator?: string;
  name?: string;
}

export function refused(refusal: Refusal): DomainError {
  return invalid(`Refused: ${refusal.reason}`, refusal, 'query_refused');
}

/** Operators that write, load outside data, batch into their own transactions, or administer. */
const FORBIDDEN_OPERATORS: [RegExp, string][] = [
  [/^LoadCSV$/, 'LOAD CSV reads files and URLs outside the graph'],
  [/^Transaction(Apply|Foreach)$/, 'CALL { } IN TRANSACTIONS commits on its own'],
  [
    /^(Create|Merge|Delete|DetachDelete|Set|Remove|Foreach|Lock|Drop|Terminate|Alter|Rename|Grant|Deny|Revoke|Start|Stop|Enable|Disable)/,
    'it changes the database',
  ],
  [
    /^(AdministrationCommand|SystemProcedureCall|DoNothingIfExists|EnsureNodeExists|AssertNotBlocked)/,
    'administration commands are not allowed',
  ],
];

const QUERY_TYPES: Record<string, string> = {
  w: 'it writes to the graph',
  rw: 'it writes to the graph',
  s: 'it changes the schema or administers the server',
};

function operatorName(plan: Plan | ProfiledPlan): { name: string; database: string } {
  const [name = '', database = ''] = plan.operatorType.split('@');
  return { name, database };
}

function procedureOf(plan: Plan): string {
  const details = String(plan.arguments.Details ?? plan.arguments.Signature ?? '');
  return /^([A-Za-z_][\w.]*)\s*\(/.exec(details)?.[1] ?? details;
}

/** Walks every operator of the plan; the first forbidden one refuses the query. */
export function checkPlan(plan: Plan, database: string): void {
  const stack: Plan[] = [plan];
  while (stack.length > 0) {
    const operator = stack.pop() as Plan;
    stack.push(...operator.children);
    const { name, database: ranOn } = operatorName(operator);
    if (ranOn && ranOn !== database) {
      throw refused({
        reason: `queries run against the ${database} graph only, not ${ranOn}`,
        operator: name,
      });
    }
    for (const [pattern, reason] of FORBIDDEN_OPERATORS) {
      if (pattern.test(name)) throw refused({ reason, operator: name });
    }
    if (name.startsWith('Show') && !ALLOWED_SHOW_OPERATORS.has(name)) {
      throw refused({ reason: 'this SHOW command describes the server, not the graph', operator: name });
    }
    if (name.endsWith('ProcedureCall')) {
      const procedure = procedureOf(operator);
      if (!READ_ONLY_PROCEDURES.has(procedure)) {
        throw refused({
          reason: `procedure ${procedure} is not on the read-only list`,
          operator: name,
          name: procedure,
        });
      }
    }
  }
}

/** Functions do not appear as operators, so their names are checked in the text (strings and comments skipped). */
export function checkFunctions(query: string, builtIns: ReadonlySet<string>): void {
  const { functions, procedures } = calledNames(query);
  for (const fn of functions) {
    if (!isAllowedFunction(fn.name, builtIns)) {
      throw refused({ reason: `function ${fn.name} is not on the read-only list`, name: fn.name });
    }
  }
  for (const procedure of procedures) {
    if (procedure.name.includes('.') && !READ_ONLY_PROCEDURES.has(procedure.name)) {
      throw refused({
        reason: `procedure ${procedure.name} is not on the read-only list`,
        name: procedure.name,
      });
    }
  }
}

const builtInFunctionsQuery = cypherFile(import.meta.url, './queries/built-in-functions.cypher');
const builtInCache = new WeakMap<Driver, Promise<Set<string>>>();

/** The server's own built-in function names, lower-cased, asked once per driver. */
export function builtInFunctions(driver: Driver, database: string): Promise<Set<string>> {
  let cached = builtInCache.get(driver);
  if (!cached) {
    cached = driver
      .executeQuery(
        builtInFunctionsQuery.fill(),
        {},
        {
          database,
          routing: 'READ',
        },
      )
      .then((result) => new Set<string>(result.records[0]?.get('names') ?? []));
    cached.catch(() => builtInCache.delete(driver));
    builtInCache.set(driver, cached);
  }
  return cached;
}

/**
 * Neo4j 5.26's pre-parser reports some malformed text (a query that is only an unclosed comment) as
 * Neo.DatabaseError.General.UnknownError "Lexical error…": a fault of the text, so a 400 like any syntax error.
 */
function lexicalError(error: unknown): DomainError | undefined {
  if (
    error instanceof Neo4jError &&
    error.code === 'Neo.DatabaseError.General.UnknownError' &&
    error.message.startsWith('Lexical error')
  ) {
    return invalid(error.message.split('\n')[0] ?? 'The query could not be read.', {
      neo4jCode: 'Neo.ClientError.Statement.SyntaxError',
    });
  }
  return undefined;
}

/**
 * EXPLAIN plans without running. The plan, its type and the database it targets decide; a query
 * the database cannot even plan is refused with the database's own message and where it went wrong (400).
 * A query that passes comes back with the planner's notifications (unknown label, cartesian product…).
 */
export async function guardQuery(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
): Promise<CypherNotification[]> {
  const builtIns = await builtInFunctions(driver, database);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let result: QueryResult;
  try {
    result = await session.run(`${EXPLAIN_PREFIX}${query}`, params, { timeout: 5_000 });
  } catch (error) {
    throw lexicalError(error) ?? statementError(error, EXPLAIN_PREFIX);
  } finally {
    await session.close();
  }
  const { summary } = result;
  const queryType = summary.queryType as string;
  if (queryType !== 'r') {
    throw refused({ reason: QUERY_TYPES[queryType] ?? `only reads may run (query type ${queryType})` });
  }
  if (summary.database.name && summary.database.name !== database) {
    throw refused({ reason: `queries run against the ${database} graph only, not ${summary.database.name}` });
  }
  if (!summary.plan) throw refused({ reason: 'the database gave no plan to check' });
  checkPlan(summary.plan, database);
  checkFunctions(query, builtIns);
  return notificationsOf(summary.notifications, EXPLAIN_PREFIX);
}
