// The server's one Cypher tokenizer, and the called functions it finds: strings, comments and quoted names.
import { describe, expect, it } from 'vitest';
import { calledNames, tokenize } from '../../../server/cypher/cypher-lexer.ts';

const functions = (query: string) => calledNames(query).functions.map((fn) => fn.name);

describe('calledNames', () => {
  it('finds dotted function calls with any spacing, comments or backticks', () => {
    expect(functions('RETURN apoc.cypher.runFirstColumnSingle("x", {})')).toEqual([
      'apoc.cypher.runFirstColumnSingle',
    ]);
    expect(functions('RETURN apoc . cypher /* c */ . run ("x")')).toEqual(['apoc.cypher.run']);
    expect(functions('RETURN `apoc`.`cypher`.`run`("x")')).toEqual(['apoc.cypher.run']);
    expect(functions('RETURN `apoc.cypher.run`("x")')).toEqual(['apoc.cypher.run']);
  });

  it('ignores names inside strings and comments, and property access', () => {
    expect(functions("RETURN 'apoc.cypher.run(1)' AS s // apoc.load.json(x)\n, n.name")).toEqual([]);
    expect(
      functions('MATCH (n:Person) RETURN n.name, toUpper(n.name), date.truncate("month", n.date)'),
    ).toEqual(['date.truncate']);
  });

  it('reports procedures after CALL, with or without parentheses', () => {
    expect(calledNames('CALL db.labels').procedures.map((p) => p.name)).toEqual(['db.labels']);
    expect(calledNames('call apoc.load.json("x") yield value').procedures.map((p) => p.name)).toEqual([
      'apoc.load.json',
    ]);
  });
});

describe('tokenize', () => {
  const tokens = (query: string) => tokenize(query).map(({ kind, text }) => `${kind}:${text}`);

  it('keeps strings whole with their quotes and escapes, and skips comments', () => {
    expect(tokens("RETURN 'it\\'s; /* no */' // gone; \n, \"a\";")).toEqual([
      'name:RETURN',
      "string:'it\\'s; /* no */'",
      'punct:,',
      'string:"a"',
      'punct:;',
    ]);
  });

  it('unquotes backtick names, a doubled backtick standing for one', () => {
    expect(tokens('RETURN 1 AS `odd``;name`;')).toEqual([
      'name:RETURN',
      'punct:1',
      'name:AS',
      'name:odd`;name',
      'punct:;',
    ]);
  });

  it('runs an unclosed string, name or comment to the end of the text', () => {
    expect(tokens("RETURN 'open; x")).toEqual(['name:RETURN', "string:'open; x"]);
    expect(tokens('RETURN `open; x')).toEqual(['name:RETURN', 'name:open; x']);
    expect(tokens('RETURN 1 /* open; x')).toEqual(['name:RETURN', 'punct:1']);
  });
});
