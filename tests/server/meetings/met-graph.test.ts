// Who met whom's graph written as JSON bytes: the very bytes of GraphBuilder's graph through JSON.stringify.
import neo4j, { Date as Neo4jDate, Node, Record } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { edgeKey } from '../../../contract/index.ts';
import { propertiesToJson } from '../../../server/db/to-json.ts';
import { GraphBuilder } from '../../../server/graph/graph-builder.ts';
import { type PairRecord, pairProperties } from '../../../server/graph/met.ts';
import { MetGraph } from '../../../server/meetings/met-graph.ts';

const COLUMNS: (keyof PairRecord)[] = [
  'a',
  'b',
  'weight',
  'meetingIds',
  'statuses',
  'firstDate',
  'lastDate',
  'sources',
];

function person(n: number, elementId = `e${n}`, name = `Person ${n}`): Node {
  return new Node(
    neo4j.int(n),
    ['Person'],
    { id: `p${n}`, name, born: new Neo4jDate(1960, 1, (n % 28) + 1) },
    elementId,
  );
}

function pair(a: Node, b: Node, meetings: string[], sources: string[], dated = true): Record<PairRecord> {
  return new Record(COLUMNS, [
    a,
    b,
    neo4j.int(meetings.length),
    meetings,
    meetings.map((_, i) => (i % 3 === 0 ? 'scheduled' : 'held')),
    dated ? new Neo4jDate(neo4j.int(2016), neo4j.int(1), neo4j.int(5)) : null,
    dated ? new Neo4jDate(neo4j.int(2024), neo4j.int(12), neo4j.int(31)) : null,
    sources,
  ]);
}

/** What the API answered before, and what the exporters still build: objects, then JSON.stringify. */
function expectedBytes(records: Record<PairRecord>[]): Buffer {
  const graph = new GraphBuilder();
  for (const record of records) {
    const source = graph.addNode(record.get('a'));
    const target = graph.addNode(record.get('b'));
    graph.addEdge(edgeKey('MET', source, target), source, target, {
      relType: 'MET',
      properties: propertiesToJson(pairProperties(record)),
    });
  }
  return Buffer.from(JSON.stringify(graph.toJSON()));
}

function metGraphBytes(records: Record<PairRecord>[]): Buffer {
  const graph = new MetGraph();
  for (const record of records) graph.add(record);
  return Buffer.concat(graph.result());
}

describe('MetGraph', () => {
  it('writes the bytes GraphBuilder and JSON.stringify give, for odd text, repeats and undated pairs', () => {
    const odd = person(1, 'e1', 'Zoë "the \\ quote" 東京 🙂 \n');
    const twin = person(2, 'e2');
    // Another element id with the same key (a duplicated id): one node, and its pair's edge key gets `#2`.
    const sameKey = person(2, 'e2-again', 'Another name');
    const records = [
      pair(odd, twin, ['Meeting:m"1', 'm2'], ['a1', 'a "2"']),
      pair(odd, person(3), ['m3'], [], false),
      pair(odd, sameKey, ['m4', 'm4', 'm5'], ['a3']),
      pair(twin, person(3), ['m6'], ['a\u0000', 'a\ud800']),
    ];
    expect(metGraphBytes(records).toString()).toBe(expectedBytes(records).toString());
    expect(metGraphBytes(records).equals(expectedBytes(records))).toBe(true);
  });

  it('writes the same bytes past its first buffer (a graph of hundreds of kilobytes)', () => {
    const people = Array.from({ length: 60 }, (_, n) => person(n));
    const records: Record<PairRecord>[] = [];
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j += 3) {
        const meetings = Array.from({ length: 1 + ((i * j) % 12) }, (_, k) => `m-${i}-${j}-${k}`);
        const sources = Array.from({ length: (i + j) % 25 }, (_, k) => `article-${k}-${i}`);
        records.push(pair(people[i] as Node, people[j] as Node, meetings, sources));
      }
    }
    const bytes = metGraphBytes(records);
    expect(bytes.length).toBeGreaterThan(256 * 1024);
    expect(bytes.equals(expectedBytes(records))).toBe(true);
  });

  it('writes an empty graph as GraphBuilder does', () => {
    expect(metGraphBytes([]).equals(expectedBytes([]))).toBe(true);
  });
});
