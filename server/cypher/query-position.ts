// Positions in the user's query text. Neo4j counts them in the text it was sent, and the guard sends
// `EXPLAIN <query>`, so each position is moved back by that prefix before it reaches the client.
import { Neo4jError, type Notification } from 'neo4j-driver';
import type { CypherNotification, CypherPosition } from '../../contract/index.ts';
import { invalid } from '../errors.ts';

/** Neo4j's syntax and semantic errors end their first line with "(line L, column C (offset: O))". */
const IN_MESSAGE = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** A position in text that began with `prefix`, as a position in the text after it (null if inside it). */
export function withoutPrefix(position: CypherPosition, prefix: string): CypherPosition | null {
  const offset = position.offset - prefix.length;
  if (offset < 0) return null;
  const column = position.line === 1 ? position.column - prefix.length : position.column;
  return { line: position.line, column, offset };
}

export function positionInMessage(message: string): CypherPosition | null {
  const match = IN_MESSAGE.exec(message);
  if (!match) return null;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}

/**
 * A statement error (syntax, unknown variable, wrong type) as a 400 whose details say where, in the user's
 * own text; the message's first line carries the same numbers. Other errors come back unchanged.
 */
export function statementError(error: unknown, prefix: string): unknown {
  if (!(error instanceof Neo4jError) || !error.code.startsWith('Neo.ClientError.Statement.')) return error;
  const firstLine = error.message.split('\n')[0] ?? 'The query was not accepted.';
  const found = positionInMessage(firstLine);
  const position = found && withoutPrefix(found, prefix);
  if (!position) return invalid(firstLine, { neo4jCode: error.code });
  const message = firstLine.replace(
    IN_MESSAGE,
    `(line ${position.line}, column ${position.column} (offset: ${position.offset}))`,
  );
  return invalid(message, { neo4jCode: error.code, position });
}

const isPosition = (value: Notification['position']): value is CypherPosition =>
  typeof (value as Partial<CypherPosition>).offset === 'number';

/** The planner's notifications in the contract's shape, positions in the user's text, each once. */
export function notificationsOf(
  notifications: readonly Notification[],
  prefix: string,
): CypherNotification[] {
  const seen = new Set<string>();
  const kept: CypherNotification[] = [];
  for (const notification of notifications) {
    const position = isPosition(notification.position) ? withoutPrefix(notification.position, prefix) : null;
    const id = `${notification.code}@${position?.offset ?? ''}:${notification.description}`;
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push({
      code: notification.code,
      title: notification.title,
      description: notification.description,
      severity: notification.rawSeverityLevel,
      position,
    });
  }
  return kept;
}
