// The one converter from driver values to plain JSON.
import neo4j, { Date as Neo4jDate, Node, Path, PathSegment, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { jsonText, toJson } from '../../../server/db/to-json.ts';

describe('toJson', () => {
  it('turns Integers into numbers, or strings when they do not fit a double', () => {
    expect(toJson(neo4j.int(42))).toBe(42);
    expect(toJson(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    // At the edges of the safe range, each way, the answer is the one `inSafeRange()` gives.
    for (const text of [
      '9007199254740991',
      '9007199254740992',
      '-9007199254740991',
      '-9007199254740992',
      '-1',
    ]) {
      const value = neo4j.int(text);
      expect(toJson(value)).toBe(value.inSafeRange() ? value.toNumber() : text);
    }
    expect(toJson(neo4j.int('9007199254740991'))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toJson(neo4j.int('-9007199254740992'))).toBe('-9007199254740992');
  });

  it('turns dates into ISO text and keeps lists and maps', () => {
    expect(toJson(new Neo4jDate(2025, 2, 27))).toBe('2025-02-27');
    // As the driver writes them, whether the fields are Integers (as decoded) or numbers, at any year.
    for (const [year, month, day] of [
      [2025, 12, 1],
      [1, 1, 1],
      [0, 6, 30],
      [999, 10, 9],
      [9999, 12, 31],
      [10000, 1, 1],
      [-1, 3, 4],
      [-123456, 7, 8],
    ] as const) {
      const plain = new Neo4jDate(year, month, day);
      const decoded = new Neo4jDate(neo4j.int(year), neo4j.int(month), neo4j.int(day));
      expect(toJson(plain)).toBe(plain.toString());
      expect(toJson(decoded)).toBe(decoded.toString());
    }
    expect(toJson(new Neo4jDate(10000, 1, 1))).toBe('+010000-01-01');
    expect(toJson({ a: [neo4j.int(1), 'x', null], b: true })).toEqual({ a: [1, 'x', null], b: true });
  });

  it('turns nodes, relationships and paths into keyed plain objects', () => {
    const a = new Node(neo4j.int(1), ['Person'], { id: 'keir-starmer', name: 'Keir Starmer' }, 'e1');
    const b = new Node(neo4j.int(2), ['Meeting'], { id: 'm1', date: new Neo4jDate(2025, 2, 27) }, 'e2');
    const r = new Relationship(
      neo4j.int(3),
      neo4j.int(1),
      neo4j.int(2),
      'ATTENDED',
      { role: 'guest' },
      'r3',
      'e1',
      'e2',
    );
    const keys = new Map([
      ['e1', 'Person:keir-starmer'],
      ['e2', 'Meeting:m1'],
    ]);
    expect(toJson(a)).toEqual({
      key: 'Person:keir-starmer',
      labels: ['Person'],
      properties: { id: 'keir-starmer', name: 'Keir Starmer' },
    });
    expect(toJson(r, (id) => keys.get(id))).toEqual({
      key: 'ATTENDED:Person:keir-starmer->Meeting:m1',
      type: 'ATTENDED',
      source: 'Person:keir-starmer',
      target: 'Meeting:m1',
      properties: { role: 'guest' },
    });
    const path = toJson(new Path(a, b, [new PathSegment(a, r, b)]), (id) => keys.get(id)) as {
      nodes: { key: string; properties: { date?: string } }[];
    };
    expect(path.nodes.map((node) => node.key)).toEqual(['Person:keir-starmer', 'Meeting:m1']);
    expect(path.nodes[1]?.properties.date).toBe('2025-02-27');
  });

  it('writes JSON text byte for byte as JSON.stringify of toJson, on its fast paths and off them', () => {
    const a = new Node(neo4j.int(1), ['Person'], { id: 'p"1', name: 'Zoë \\ "Q"' }, 'e1');
    const values: unknown[] = [
      'plain',
      'quote " backslash \\ newline \n tab \t nul \u0000',
      'Zoë, 東京, 🙂 and a lone surrogate \ud800',
      ['Meeting:m1', 'a "b"', '\udfff'],
      [],
      ['mixed', 1, null, neo4j.int(2)],
      neo4j.int(42),
      neo4j.int(-7),
      neo4j.int('9007199254740993'),
      neo4j.int('-9007199254740992'),
      new Neo4jDate(neo4j.int(2025), neo4j.int(2), neo4j.int(27)),
      new Neo4jDate(1, 1, 1),
      new Neo4jDate(10000, 1, 1),
      new Neo4jDate(-5, 12, 31),
      null,
      undefined,
      0,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      true,
      12345678901234567890n,
      { nested: [neo4j.int(1), new Neo4jDate(2020, 1, 2)], 'key "q"': 'v' },
      a,
    ];
    for (const value of values) expect(jsonText(value)).toBe(JSON.stringify(toJson(value)));
  });
});
