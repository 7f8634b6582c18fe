// GET /api/paths: up to k shortest paths, shortest first, with a hop limit, relationship types, labels to avoid
// and each hop's type and direction; through the public graph only.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getTestDriver, rows } from '../../support/database.ts';
import { useTestApp } from '../../support/test-app.ts';
import { expectErrorShape, getJson } from '../api.ts';

interface Step {
  edge: string;
  type: string;
  direction: 'forward' | 'backward';
}
interface PathsBody {
  paths: { nodes: string[]; edges: string[]; steps: Step[] }[];
  graph: {
    nodes: { key: string; attributes: { labels: string[] } }[];
    edges: { key: string; source: string; target: string; attributes: { relType: string } }[];
  };
  types: string[];
  avoided: string[];
  complete: boolean;
}

const STARMER = 'Person:keir-starmer';
const ZELENSKYY = 'Person:volodymyr-zelenskyy';
const PUTIN = 'Person:vladimir-putin';

/** The length of the shortest public path the plain Cypher way, to check the endpoint against. */
async function shortestLength(from: string, to: string, avoid: string[] = []): Promise<number | null> {
  const [found] = await rows<{ length: number }>(
    `MATCH (a:Person {id: $from}), (b:Person {id: $to})
     MATCH p = allShortestPaths((a)-[*..6]-(b))
     WHERE none(r IN relationships(p) WHERE type(r) IN ['REPORTED_IN', 'MENTIONS'])
       AND none(n IN nodes(p)[1..-1] WHERE any(label IN labels(n) WHERE label IN $avoid))
     RETURN length(p) AS length LIMIT 1`,
    { from: from.split(':')[1], to: to.split(':')[1], avoid },
  );
  return found ? Number(found.length) : null;
}

/** Nodes made for one describe block: created before its tests, every node whose id starts with `prefix` removed after. */
function scratchNodes(prefix: string, cypher: string, params: Record<string, unknown>): void {
  const database = () => ({ database: inject('neo4j').database });
  beforeAll(async () => {
    await getTestDriver().executeQuery(cypher, params, database());
  });
  afterAll(async () => {
    await getTestDriver().executeQuery(
      'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
      { prefix },
      database(),
    );
  });
}

describe('GET /api/paths', () => {
  const app = useTestApp();
  const paths = async (query: string): Promise<PathsBody> => {
    const answer = await getJson<PathsBody>(app.url, `/api/paths?${query}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  };

  it('gives k paths (3 by default), shortest first, each a simple path through facts, not articles', async () => {
    const body = await paths(`from=${STARMER}&to=${ZELENSKYY}`);
    expect(body.paths).toHaveLength(3);
    expect(body.complete).toBe(true);
    expect(body.paths[0]?.edges.length).toBe(await shortestLength(STARMER, ZELENSKYY));
    const lengths = body.paths.map((path) => path.edges.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const nodeKeys = new Set(body.graph.nodes.map((n) => n.key));
    for (const path of body.paths) {
      expect(path.nodes[0]).toBe(STARMER);
      expect(path.nodes.at(-1)).toBe(ZELENSKYY);
      expect(new Set(path.nodes).size).toBe(path.nodes.length);
      for (const key of path.nodes) expect(nodeKeys.has(key)).toBe(true);
    }
    expect(new Set(body.paths.map((path) => path.edges.join())).size).toBe(3);
    for (const edge of body.graph.edges)
      expect(['REPORTED_IN', 'MENTIONS']).not.toContain(edge.attributes.relType);
    expect((await paths(`from=${STARMER}&to=${ZELENSKYY}&k=1`)).paths).toHaveLength(1);
    const ten = await paths(`from=${STARMER}&to=${ZELENSKYY}&k=10`);
    expect(ten.paths).toHaveLength(10);
    expect(ten.paths.slice(0, 3).map((path) => path.edges.length)).toEqual(lengths);
  });

  it('lists each hop with its type and its direction along the path', async () => {
    const body = await paths(`from=${PUTIN}&to=${STARMER}&k=5`);
    const edges = new Map(body.graph.edges.map((edge) => [edge.key, edge]));
    let backward = 0;
    for (const path of body.paths) {
      expect(path.steps.map((step) => step.edge)).toEqual(path.edges);
      path.steps.forEach((step, i) => {
        const edge = edges.get(step.edge);
        expect(edge?.attributes.relType).toBe(step.type);
        const [here, next] = [path.nodes[i], path.nodes[i + 1]];
        const ends = step.direction === 'forward' ? [here, next] : [next, here];
        expect([edge?.source, edge?.target]).toEqual(ends);
        if (step.direction === 'backward') backward += 1;
      });
    }
    // Putin reaches Starmer's meeting and Starmer ATTENDED it: the last hop points back along the path.
    expect(backward).toBeGreaterThan(0);
  });

  it('keeps to the hop limit, and finds nothing when the shortest path is longer', async () => {
    const shortest = (await shortestLength(STARMER, ZELENSKYY)) ?? 0;
    const within = await paths(`from=${STARMER}&to=${ZELENSKYY}&k=10&maxLength=${shortest}`);
    expect(within.paths.length).toBeGreaterThan(0);
    for (const path of within.paths) expect(path.edges).toHaveLength(shortest);
    const tooShort = await paths(`from=${STARMER}&to=${ZELENSKYY}&maxLength=${shortest - 1}`);
    expect(tooShort.paths).toEqual([]);
  });

  it('passes no statement or claim when asked to avoid them, though the shortest path does', async () => {
    const labelsOf = (body: PathsBody) => new Map(body.graph.nodes.map((n) => [n.key, n.attributes.labels]));
    const direct = await paths(`from=${PUTIN}&to=${ZELENSKYY}&k=1`);
    const inner = (body: PathsBody) =>
      body.paths.flatMap((path) => path.nodes.slice(1, -1).flatMap((key) => labelsOf(body).get(key) ?? []));
    expect(inner(direct)).toContain('Statement');
    const avoiding = await paths(`from=${PUTIN}&to=${ZELENSKYY}&k=5&avoid=Statement,ResourceClaim`);
    expect(avoiding.avoided).toEqual(['ResourceClaim', 'Statement']);
    expect(avoiding.paths.length).toBeGreaterThan(0);
    expect(inner(avoiding)).not.toContain('Statement');
    expect(inner(avoiding)).not.toContain('ResourceClaim');
    expect(avoiding.paths[0]?.edges.length).toBe(
      await shortestLength(PUTIN, ZELENSKYY, ['Statement', 'ResourceClaim']),
    );
  });

  it('walks only the chosen relationship types, and finds nothing when they do not connect', async () => {
    const body = await paths(`from=${STARMER}&to=Person:donald-trump&types=ATTENDED&k=10`);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const path of body.paths) {
      expect(path.edges).toHaveLength(2);
      expect(path.steps.map((step) => step.type)).toEqual(['ATTENDED', 'ATTENDED']);
      expect(path.steps.map((step) => step.direction)).toEqual(['forward', 'backward']);
    }
    expect((await paths(`from=${STARMER}&to=Person:donald-trump&types=OCCUPIES`)).paths).toEqual([]);
  });

  describe('through the public graph only', () => {
    // A and B meet only through hidden things, or through a Statement, or by a visible 4-hop route.
    const ids = {
      a: 'paths-test-a',
      b: 'paths-test-b',
    };
    scratchNodes(
      'paths-test-',
      `CREATE (a:Person {id: $a, name: 'Paths Test A'}), (b:Person {id: $b, name: 'Paths Test B'})
         CREATE (a)-[:ATTENDED]->(:Meeting {id: 'paths-test-retracted', name: 'x', retracted: datetime()})<-[:ATTENDED]-(b)
         CREATE (a)-[:ATTENDED]->(:Meeting {id: 'paths-test-hidden-hop', name: 'x'})<-[:ATTENDED {retracted: datetime()}]-(b)
         CREATE (a)-[:ATTENDED]->(:DraftItem {id: 'paths-test-draft'})<-[:ATTENDED]-(b)
         CREATE (a)-[:ATTENDED]->(:Meeting {id: 'paths-test-m1', name: 'x'})-[:HELD_AT]->(p:Place {id: 'paths-test-place', name: 'x'})
         CREATE (p)<-[:HELD_AT]-(:Meeting {id: 'paths-test-m2', name: 'x'})<-[:ATTENDED]-(b)`,
      ids,
    );

    it('never steps on a retracted node or relationship, nor an internal node', async () => {
      const body = await paths(`from=Person:${ids.a}&to=Person:${ids.b}&k=10`);
      expect(body.paths).toHaveLength(1);
      expect(body.paths[0]?.nodes).toEqual([
        `Person:${ids.a}`,
        'Meeting:paths-test-m1',
        'Place:paths-test-place',
        'Meeting:paths-test-m2',
        `Person:${ids.b}`,
      ]);
      expect((await paths(`from=Person:${ids.a}&to=Person:${ids.b}&maxLength=3`)).paths).toEqual([]);
    });
  });

  describe('when the search for k paths runs out of time', () => {
    // A and B share two meetings (two paths of length 2); every other route runs through a dense block of
    // people who all attended the same meetings, which a search for a third path must wade through (4-10 s
    // here, against milliseconds for the first two). With a 2.5 s limit the search for k paths has 1 s.
    const slow = useTestApp({ env: { CYPHER_TIMEOUT_MS: '2500' } });
    const BLOCK = 120;
    const between = (k: number) =>
      getJson<PathsBody>(slow.url, `/api/paths?from=Person:paths-slow-a&to=Person:paths-slow-b&k=${k}`);
    scratchNodes(
      'paths-slow-',
      `CREATE (a:Person {id: 'paths-slow-a', name: 'Paths Slow A'}), (b:Person {id: 'paths-slow-b', name: 'Paths Slow B'})
         CREATE (a)-[:ATTENDED]->(:Meeting {id: 'paths-slow-m1', name: 'x'})<-[:ATTENDED]-(b)
         CREATE (a)-[:ATTENDED]->(:Meeting {id: 'paths-slow-m2', name: 'x'})<-[:ATTENDED]-(b)
         WITH a
         UNWIND range(1, $block) AS i
         CREATE (m:Meeting {id: 'paths-slow-block-m' + i, name: 'x'}), (p:Person {id: 'paths-slow-block-p' + i, name: 'x'})
         CREATE (a)-[:ATTENDED]->(m)
         WITH collect(m) AS meetings, collect(p) AS people
         UNWIND meetings AS m
         UNWIND people AS p
         CREATE (p)-[:ATTENDED]->(m)`,
      { block: neo4j.int(BLOCK) },
    );

    it('answers the paths of the shortest length, marked incomplete, instead of an error', async () => {
      // Two asked for: the search stops at the shortest length, in time, and nothing is missing.
      const two = await between(2);
      expect(two.status, JSON.stringify(two.body)).toBe(200);
      expect(two.body.complete).toBe(true);
      expect(two.body.paths).toHaveLength(2);
      const three = await between(3);
      expect(three.status, JSON.stringify(three.body)).toBe(200);
      expect(three.body.complete).toBe(false);
      expect(three.body.paths.map((path) => path.nodes).sort()).toEqual([
        ['Person:paths-slow-a', 'Meeting:paths-slow-m1', 'Person:paths-slow-b'],
        ['Person:paths-slow-a', 'Meeting:paths-slow-m2', 'Person:paths-slow-b'],
      ]);
    });
  });

  it('refuses unknown nodes (404), and unknown types or labels, bad bounds and the same node twice (400)', async () => {
    expectErrorShape(await getJson(app.url, `/api/paths?from=Person:nobody&to=${STARMER}`), 404);
    for (const query of [
      `from=${STARMER}&to=Person:donald-trump&types=NOPE`,
      `from=${STARMER}&to=Person:donald-trump&avoid=Statment`,
      `from=${STARMER}&to=${STARMER}`,
      `from=${STARMER}&to=Person:donald-trump&maxLength=99`,
      `from=${STARMER}&to=Person:donald-trump&maxLength=0`,
      `from=${STARMER}&to=Person:donald-trump&k=0`,
      `from=${STARMER}&to=Person:donald-trump&k=11`,
      `from=${STARMER}&to=Person:donald-trump&k=two`,
      `from=${STARMER}&to=Person:donald-trump&avoid=no-such!`,
      `from=${STARMER}`,
    ])
      expectErrorShape(await getJson(app.url, `/api/paths?${query}`), 400);
  });
});
