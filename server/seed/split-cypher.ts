// Splits a Cypher script into statements on `;`, the way cypher-shell does, remembering where each one starts.

export interface CypherStatement {
  /** The statement without its terminating `;`, from its first token, trimmed at the end. */
  text: string;
  /** 1-based line of the statement's first token in the script, so errors can point at the file. */
  line: number;
}

type Mode = 'code' | 'single' | 'double' | 'backtick' | 'line-comment' | 'block-comment';

/**
 * Splits on `;` outside string literals, backtick identifiers and comments. Statements holding only
 * whitespace and comments are dropped; leading comments are not part of a statement's text, so its line
 * is the line of its first token. A missing final `;` is tolerated, as cypher-shell does.
 */
export function splitCypher(script: string): CypherStatement[] {
  const statements: CypherStatement[] = [];
  let mode: Mode = 'code';
  let line = 1;
  let start = -1;
  let startLine = 0;

  const finish = (end: number): void => {
    if (start >= 0) {
      const text = script.slice(start, end).trimEnd();
      if (text.length > 0) statements.push({ text, line: startLine });
    }
    start = -1;
  };

  for (let i = 0; i < script.length; i++) {
    const char = script[i];
    const next = script[i + 1];
    if (char === '\n') line++;

    switch (mode) {
      case 'line-comment':
        if (char === '\n') mode = 'code';
        continue;
      case 'block-comment':
        if (char === '*' && next === '/') {
          mode = 'code';
          i++;
        }
        continue;
      case 'single':
      case 'double':
        // A backslash escapes the next character, whatever it is; a newline inside still counts.
        if (char === '\\') {
          if (next === '\n') line++;
          i++;
        } else if ((mode === 'single' && char === "'") || (mode === 'double' && char === '"')) {
          mode = 'code';
        }
        continue;
      case 'backtick':
        // A doubled backtick is an escaped backtick inside the identifier.
        if (char === '`') {
          if (next === '`') i++;
          else mode = 'code';
        }
        continue;
      case 'code':
        break;
    }

    if (char === '/' && next === '/') {
      mode = 'line-comment';
      i++;
      continue;
    }
    if (char === '/' && next === '*') {
      mode = 'block-comment';
      i++;
      continue;
    }
    if (char === ';') {
      finish(i);
      continue;
    }
    if (char === undefined || /\s/.test(char)) continue;
    if (start < 0) {
      start = i;
      startLine = line;
    }
    if (char === "'") mode = 'single';
    else if (char === '"') mode = 'double';
    else if (char === '`') mode = 'backtick';
  }
  finish(script.length);
  return statements;
}
