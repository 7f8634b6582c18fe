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

/**
 * Parses chunks as they arrive, so a file of any size streams through in constant memory. Blank lines
 * are skipped; a quote inside an unquoted field, or text after a closing quote, is a syntax error.
 */
export async function* parseCsv(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let pendingCr = false;
  let quoteEndsChunk = false;

  const endField = (): void => {
    fields.push(field);
    field = '';
    quoted = false;
    afterQuote = false;
  };

  for await (const chunk of chunks) {
    const records: CsvRecord[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i] as string;
      if (pendingCr) {
        pendingCr = false;
        if (char === '\n') continue;
      }
      if (inQuotes) {
        if (char === '"') {
          if (chunk[i + 1] === '"') {
            field += '"';
            i++;
          } else {
            inQuotes = false;
            afterQuote = true;
            // An escaped "" may straddle two chunks: the next chunk decides.
            quoteEndsChunk = i + 1 === chunk.length;
          }
        } else {
          if (char === '\n') line++;
          field += char;
        }
        continue;
      }
      if (quoteEndsChunk && char === '"') {
        field += '"';
        inQuotes = true;
        afterQuote = false;
        quoteEndsChunk = false;
        continue;
      }
      quoteEndsChunk = false;
      if (char === ',') {
        endField();
      } else if (char === '\n' || char === '\r') {
        endField();
        if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
        fields = [];
        line++;
        recordLine = line;
        pendingCr = char === '\r';
      } else if (char === '"') {
        if (field !== '' || quoted) throw new CsvSyntaxError(line, `line ${line}: stray quote in a field`);
        quoted = true;
        inQuotes = true;
      } else {
        if (afterQuote) throw new CsvSyntaxError(line, `line ${line}: text after a closing quote`);
        field += char;
      }
    }
    yield* records;
  }
  if (inQuotes) throw new CsvSyntaxError(recordLine, `line ${recordLine}: a quoted field is never closed`);
  if (field !== '' || fields.length > 0 || quoted) {
    endField();
    yield { line: recordLine, fields };
  }
}
