// The server's one Cypher tokenizer: names, punctuation and string literals, with whitespace and comments
// skipped. The seed loader splits scripts into statements with it; the guard finds the functions a query
// calls by name with it (a backup to the plan check, which never decides alone that a query is safe).

export interface CalledName {
  name: string;
  /** Offset of the name in the query, for the error message. */
  offset: number;
}

export interface Token {
  /** A backtick-quoted name is a name too, its text unquoted; a string keeps its quotes. */
  kind: 'name' | 'punct' | 'string';
  text: string;
  offset: number;
}

/** The end of a quoted string: a backslash escapes the next character, whatever it is. */
function stringEnd(query: string, start: number): number {
  const quote = query[start];
  let i = start + 1;
  while (i < query.length) {
    if (query[i] === '\\') i += 2;
    else if (query[i] === quote) return i + 1;
    else i++;
  }
  return query.length;
}

/** A backtick-quoted name, unquoted (a doubled backtick stands for one), and where it ends. */
function quotedName(query: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start + 1;
  while (i < query.length) {
    const char = query[i];
    if (char !== '`') text += char;
    else if (query[i + 1] === '`') {
      text += '`';
      i++;
    } else return { text, end: i + 1 };
    i++;
  }
  return { text, end: query.length };
}

export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query[i] ?? '';
    const next = query[i + 1] ?? '';
    if (/\s/.test(char)) i++;
    else if (char === '/' && next === '/') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (char === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end === -1 ? query.length : end + 2;
    } else if (char === "'" || char === '"') {
      const end = stringEnd(query, i);
      tokens.push({ kind: 'string', text: query.slice(i, end), offset: i });
      i = end;
    } else if (char === '`') {
      // A quoted name may hold dots (`apoc.cypher.run`): treat it as the dotted name it can stand for.
      const { text, end } = quotedName(query, i);
      tokens.push({ kind: 'name', text, offset: i });
      i = end;
    } else if (/[\p{L}_$]/u.test(char)) {
      const start = i;
      while (i < query.length && /[\p{L}\p{N}_$]/u.test(query[i] ?? '')) i++;
      tokens.push({ kind: 'name', text: query.slice(start, i), offset: start });
    } else {
      tokens.push({ kind: 'punct', text: char, offset: i });
      i++;
    }
  }
  return tokens;
}

/**
 * Names called like functions: `a.b.c(` (with any spacing or comments between the parts). Names
 * after CALL are procedures, which the plan reports; they are returned too, marked, for the message.
 */
export function calledNames(query: string): { functions: CalledName[]; procedures: CalledName[] } {
  const tokens = tokenize(query);
  const functions: CalledName[] = [];
  const procedures: CalledName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (first?.kind !== 'name') continue;
    // A property access (`n.name`) or a label (`:Person`) is not the start of a call.
    const before = tokens[i - 1];
    if (before?.kind === 'punct' && (before.text === '.' || before.text === ':')) continue;
    const parts = [first.text];
    let j = i + 1;
    while (tokens[j]?.text === '.' && tokens[j + 1]?.kind === 'name') {
      parts.push(tokens[j + 1]?.text ?? '');
      j += 2;
    }
    const name = parts.join('.');
    const isCall = before?.kind === 'name' && before.text.toUpperCase() === 'CALL';
    if (isCall) procedures.push({ name, offset: first.offset });
    else if (tokens[j]?.text === '(' && name.includes('.')) functions.push({ name, offset: first.offset });
    i = j - 1;
  }
  return { functions, procedures };
}
