// Unit tests for the Cypher script splitter: where statements end and on which line each one starts.
import { describe, expect, it } from 'vitest';
import { splitCypher } from '../../../server/seed/split-cypher.ts';

describe('splitCypher', () => {
  it('splits on semicolons and keeps the line of each statement', () => {
    const script = 'RETURN 1;\n\nRETURN 2;\nMATCH (n)\nRETURN n;\n';
    expect(splitCypher(script)).toEqual([
      { text: 'RETURN 1', line: 1 },
      { text: 'RETURN 2', line: 3 },
      { text: 'MATCH (n)\nRETURN n', line: 4 },
    ]);
  });

  it('does not split inside single- or double-quoted strings, even with escaped quotes', () => {
    const script = 'RETURN \'a;b\', "c;d";\nRETURN \'it\\\'s; fine\', "say \\"x;\\"";';
    expect(splitCypher(script)).toEqual([
      { text: 'RETURN \'a;b\', "c;d"', line: 1 },
      { text: 'RETURN \'it\\\'s; fine\', "say \\"x;\\""', line: 2 },
    ]);
  });

  it('does not split inside backtick identifiers, including doubled backticks', () => {
    const script = 'MATCH (`a;b` {x: 1}) RETURN `a;b`;\nRETURN 1 AS `odd``;name`;';
    expect(splitCypher(script).map((statement) => statement.text)).toEqual([
      'MATCH (`a;b` {x: 1}) RETURN `a;b`',
      'RETURN 1 AS `odd``;name`',
    ]);
  });

  it('ignores semicolons and quotes in line and block comments', () => {
    const script = [
      "// a comment; with 'quotes",
      'RETURN 1; // trailing; comment',
      '/* block; comment',
      "   spanning lines ' */",
      'RETURN 2;',
    ].join('\n');
    expect(splitCypher(script)).toEqual([
      { text: 'RETURN 1', line: 2 },
      { text: 'RETURN 2', line: 5 },
    ]);
  });

  it('starts a statement at its first token, after leading comments and blank lines', () => {
    const script = '\n\n// what follows\n  MERGE (n:X {id: 1})\n  SET n.y = 2;';
    expect(splitCypher(script)).toEqual([{ text: 'MERGE (n:X {id: 1})\n  SET n.y = 2', line: 4 }]);
  });

  it('keeps comments inside a statement and counts newlines inside strings', () => {
    const script = "RETURN 'two\nlines', // why\n  1;\nRETURN 3;";
    expect(splitCypher(script)).toEqual([
      { text: "RETURN 'two\nlines', // why\n  1", line: 1 },
      { text: 'RETURN 3', line: 4 },
    ]);
  });

  it('drops empty statements and accepts a last statement without a semicolon', () => {
    expect(splitCypher(';;\n  ;\nRETURN 1\n')).toEqual([{ text: 'RETURN 1', line: 3 }]);
    expect(splitCypher('')).toEqual([]);
    expect(splitCypher('// only a comment\n/* and another */')).toEqual([]);
  });

  it('uses CRLF line endings as well', () => {
    expect(splitCypher('RETURN 1;\r\nRETURN 2;\r\n')).toEqual([
      { text: 'RETURN 1', line: 1 },
      { text: 'RETURN 2', line: 2 },
    ]);
  });
});
