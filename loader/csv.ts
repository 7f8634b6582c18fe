// RFC 4180 CSV: encoding one field, and a streaming parser that remembers the line each record starts on.

function encodeCsvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(encodeCsvField).join(',')}\n`;
}

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted field may span lines). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Where a scan stopped: a whole record, or the text ran out before the record did. */
const INCOMPLETE = -1;

interface Scan {
  /** Index just past the record's line break, or INCOMPLETE. */
  end: number;
  /** Lines the record spans (a quoted field may hold line breaks). */
  lines: number;
}

/**
 * Reads one record starting at `start` into `fields`. Unquoted fields are cut with slice rather than built
 * a character at a time: at a million rows the parser's allocations, not its logic, were the cost.
 */
function scanRecord(text: string, start: number, line: number, final: boolean, fields: string[]): Scan {
  const n = text.length;
  let p = start;
  let lines = 0;
  while (true) {
    if (p < n && text.charCodeAt(p) === QUOTE) {
      let value = '';
      let from = p + 1;
      while (true) {
        const close = text.indexOf('"', from);
        if (close === -1 || (close + 1 === n && !final)) {
          if (final) throw new CsvSyntaxError(line, `line ${line}: a quoted field is never closed`);
          return { end: INCOMPLETE, lines };
        }
        const piece = text.slice(from, close);
        for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) lines++;
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += `${piece}"`;
          from = close + 2;
          continue;
        }
        value += piece;
        p = close + 1;
        break;
      }
      const next = p < n ? text.charCodeAt(p) : LF;
      if (next !== COMMA && next !== CR && next !== LF) {
        const at = line + lines;
        throw new CsvSyntaxError(at, `line ${at}: text after a closing quote`);
      }
      fields.push(value);
    } else {
      let q = p;
      while (q < n) {
        const c = text.charCodeAt(q);
        if (c === COMMA || c === CR || c === LF) break;
        if (c === QUOTE) {
          const at = line + lines;
          throw new CsvSyntaxError(at, `line ${at}: stray quote in a field`);
        }
        q++;
      }
      if (q === n && !final) return { end: INCOMPLETE, lines };
      fields.push(text.slice(p, q));
      p = q;
    }
    if (p >= n) return { end: n, lines: lines + 1 };
    const c = text.charCodeAt(p);
    if (c === COMMA) {
      p++;
      continue;
    }
    if (c === CR) {
      // A CR that ends the text may be the first half of a CRLF: wait for the next chunk.
      if (p + 1 === n && !final) return { end: INCOMPLETE, lines };
      if (text.charCodeAt(p + 1) === LF) p++;
    }
    return { end: p + 1, lines: lines + 1 };
  }
}

/**
 * Parses chunks as they arrive, so a file of any size streams through in constant memory (a record cut by a
 * chunk boundary is carried into the next chunk). Blank lines are skipped; a quote inside an unquoted field,
 * or text after a closing quote, is a syntax error.
 */
export async function* parseCsv(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let rest = '';
  let line = 1;
  const drain = function* (text: string, final: boolean): Generator<CsvRecord, string> {
    let pos = 0;
    while (pos < text.length) {
      const fields: string[] = [];
      const { end, lines } = scanRecord(text, pos, line, final, fields);
      if (end === INCOMPLETE) break;
      if (!(fields.length === 1 && fields[0] === '')) yield { line, fields };
      line += lines;
      pos = end;
    }
    return text.slice(pos);
  };
  for await (const chunk of chunks) {
    const records: CsvRecord[] = [];
    const scan = drain(rest + chunk, false);
    let next = scan.next();
    for (; !next.done; next = scan.next()) records.push(next.value);
    rest = next.value;
    yield* records;
  }
  if (rest !== '') yield* drain(rest, true);
}
