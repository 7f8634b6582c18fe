// The tokenizer that finds called functions: strings, comments and quoted names are handled.
import { describe, expect, it } from 'vitest';
import { calledNames } from '../../../server/cypher/cypher-lexer.ts';

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
