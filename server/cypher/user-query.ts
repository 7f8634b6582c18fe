// Runs a user's read-only Cypher once, for the console and for exports alike: plan guard, READ transaction
// with a timeout, at most maxRows records, the missing ends of returned relationships fetched in the same
// transaction, and always rolled back; a client that hangs up has its query stopped in the database. Only the public graph comes back: a query naming an internal label or
// property is refused, and a row holding a hidden node, relationship or path is dropped (visible-results.ts).
import neo4j, {
  type Driver,
  isNode,
  isPath,
  isRelationship,
  type Record as Neo4jRecord,
  type Node,
  type Relationship,
} from 'neo4j-driver';
import type { CypherNotification } from '../../contract/index.ts';
import type { AppConfig } from '../config.ts';
import { isTransactionTimeout } from '../db/classify-error.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { type DomainError, invalid, timedOut } from '../errors.ts';
import { guardQuery } from './cypher-guard.ts';
import { checkInternalNames } from './internal-names.ts';
import { toDriverParams } from './json-params.ts';
import { statementError } from './query-position.ts';
import { hiddenElementIds, visibleRecords } from './visible-results.ts';

const nodesByElementId = cypherFile(import.meta.url, './queries/nodes-by-element-id.cypher');

export interface CypherContext {
  driver: Driver;
  config: AppConfig;
}

/** Every node and relationship found anywhere in a result, by element id, in arrival order. */
export class DriverSubgraph {
  readonly nodes = new Map<string, Node>();
  readonly relationships = new Map<string, Relationship>();

  add(value: unknown): void {
    if (isNode(value)) this.nodes.set(value.elementId, value);
    else if (isRelationship(value)) this.relationships.set(value.elementId, value);
    else if (isPath(value)) {
      this.add(value.start);
      for (const segment of value.segments) {
        this.add(segment.end);
        this.add(segment.relationship);
      }
    } else if (Array.isArray(value)) for (const item of value) this.add(item);
    else if (value && typeof value === 'object' && !neo4j.isInt(value)) {
      for (const inner of Object.values(value)) this.add(inner);
    }
  }

  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      for (const end of [rel.startNodeElementId, rel.endNodeElementId]) {
        if (!this.nodes.has(end)) missing.add(end);
      }
    }
    return [...missing];
  }
}

export interface UserQueryResult {
  columns: string[];
  records: Neo4jRecord[];
  truncated: boolean;
  subgraph: DriverSubgraph;
  /** The planner's notifications, positions in the user's text. */
  notifications: CypherNotification[];
}

/** Nobody reads it (the client is gone); the request log shows why the query ended. */
const cancelled = (): DomainError =>
  invalid('The query was cancelled: the client went away.', undefined, 'query_cancelled');

/**
 * Streams records and stops at maxRows + 1, so a huge result never lands in memory. When `signal` aborts
 * (the client hung up), the session is closed at once: the driver resets its connection, which ends the
 * running transaction in Neo4j instead of leaving it to run until its timeout.
 */
export async function runUserQuery(
  { driver, config }: CypherContext,
  query: string,
  jsonParams: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<UserQueryResult> {
  const { maxRows, timeoutMs } = config.cypher;
  const database = config.neo4j.database;
  checkInternalNames(query, jsonParams);
  const params = toDriverParams(jsonParams);
  const notifications = await guardQuery(driver, database, query, params);
  if (signal?.aborted) throw cancelled();

  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({
    timeout: timeoutMs,
    metadata: { app: 'actorgraph', kind: 'user-cypher' },
  });
  let records: Neo4jRecord[] = [];
  let subgraph = new DriverSubgraph();
  let columns: string[] = [];
  let truncated = false;
  const stop = (): void => void session.close().catch(() => {});
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const result = tx.run(query, params);
    columns = [...(await result.keys())];
    for await (const record of result) {
      if (records.length === maxRows) {
        truncated = true;
        break;
      }
      records.push(record);
      for (const value of record.values()) subgraph.add(value);
    }
    const missing = subgraph.missingEndpoints();
    if (missing.length > 0) {
      const found = await tx.run<{ n: Node }>(nodesByElementId.fill(), { ids: missing });
      for (const record of found.records) subgraph.add(record.get('n'));
    }
    const hidden = hiddenElementIds(subgraph);
    const kept = visibleRecords(records, hidden);
    if (kept.length < records.length) {
      const everything = subgraph;
      records = kept;
      subgraph = new DriverSubgraph();
      for (const record of records) for (const value of record.values()) subgraph.add(value);
      for (const end of subgraph.missingEndpoints()) {
        const node = everything.nodes.get(end);
        if (node) subgraph.add(node);
      }
    }
  } catch (error) {
    if (signal?.aborted) throw cancelled();
    if (isTransactionTimeout(error)) {
      throw timedOut(`The query ran past its time limit of ${timeoutMs} ms and was stopped.`, { timeoutMs });
    }
    throw statementError(error, '');
  } finally {
    signal?.removeEventListener('abort', stop);
    // Nothing user Cypher does is ever committed.
    await tx.rollback().catch(() => {});
    await session.close();
  }
  return { columns, records, truncated, subgraph, notifications };
}
