// Literals in exported Cypher scripts: every string escaped, numbers and dates keep their types.
import neo4j, { Date as Neo4jDate } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { csvField, defuse } from '../../../../server/export/formats/csv.ts';
import { cypherLiteral, cypherName, cypherString } from '../../../../server/export/formats/cypher-script.ts';

describe('Cypher literals', () => {
  it('escapes quotes, backslashes and line breaks so a value cannot end the statement', () => {
    expect(cypherString('it\'s \\ "x"\n}); MATCH (n) DETACH DELETE n //')).toBe(
      "'it\\'s \\\\ \"x\"\\n}); MATCH (n) DETACH DELETE n //'",
    );
    expect(cypherString('\u0000\u2028')).toBe("'\\u0000\\u2028'");
  });

  it('keeps integers, floats, dates and lists apart', () => {
    expect(cypherLiteral(neo4j.int(5))).toBe('5');
    expect(cypherLiteral(500)).toBe('500.0');
    expect(cypherLiteral(2.5)).toBe('2.5');
    expect(cypherLiteral(new Neo4jDate(2025, 2, 27))).toBe("date('2025-02-27')");
    expect(cypherLiteral(['a', neo4j.int(1)])).toBe("['a', 1]");
    expect(cypherLiteral(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('writes big and non-finite floats as Cypher reads them', () => {
    expect(cypherLiteral(1e21)).toBe('1e21');
    expect(cypherLiteral(-2.5e-7)).toBe('-2.5e-7');
    expect(cypherLiteral(Number.NaN)).toBe('0.0/0.0');
    expect(cypherLiteral(Number.POSITIVE_INFINITY)).toBe('1.0/0.0');
  });

  it('quotes names with backticks doubled', () => {
    expect(cypherName('we`ird')).toBe('`we``ird`');
  });
});

describe('CSV fields (RFC 4180)', () => {
  it('quotes fields with commas, quotes or line breaks and JSON-encodes lists', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField(['x', 'y'])).toBe('"[""x"",""y""]"');
    expect(csvField(null)).toBe('');
  });

  it('defuses text cells a spreadsheet would run as formulas, never numbers', () => {
    for (const formula of ['=1+1', '+1', '-x', '@SUM(A1)', '\tx', '\rx']) {
      expect(defuse(formula, false)).toBe(`'${formula}`);
    }
    expect(defuse('-5', true)).toBe('-5');
    expect(defuse('Russia’s', false)).toBe('Russia’s');
  });
});
