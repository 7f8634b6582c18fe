// Splits a Cypher script into statements on `;`, the way cypher-shell does, remembering where each one starts.
import { tokenize } from '../cypher/cypher-lexer.ts';

export interface CypherStatement {
  /** The statement without its terminating `;`, from its first token, trimmed at the end. */
  text: string;
  /** 1-based line of the statement's first token in the script, so errors can point at the file. */
  line: number;
}

/**
 * Splits on `;` tokens, so never inside string literals, backtick names or comments (the lexer skips
 * those whole). Statements holding only whitespace and comments are dropped; leading comments are not
 * part of a statement's text, so its line is the line of its first token. A missing final `;` is
 * tolerated, as cypher-shell does.
 */
export function splitCypher(script: string): CypherStatement[] {
  const statements: CypherStatement[] = [];
  let start: number | undefined;
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number): number => {
    for (; counted < offset; counted++) if (script[counted] === '\n') line++;
    return line;
  };
  let startLine = 1;
  const finish = (end: number): void => {
    if (start !== undefined) statements.push({ text: script.slice(start, end).trimEnd(), line: startLine });
    start = undefined;
  };
  for (const token of tokenize(script)) {
    if (token.kind === 'punct' && token.text === ';') finish(token.offset);
    else if (start === undefined) {
      start = token.offset;
      startLine = lineAt(token.offset);
    }
  }
  finish(script.length);
  return statements;
}
