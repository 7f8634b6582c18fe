// Every export format reads back in the tools it is for: graphology, graphology-gexf (and the GEXF 1.3
// schema), graphology-graphml and networkx, a CSV reader; all carry the sources.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDriver, getTestDriver } from '../../support/database.ts';
import { gexfSchema } from '../../support/shared-dir.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { expectErrorShape, getJson, postJson } from '../api.ts';
import { parseCsv } from './csv-reader.ts';

const EGO = 'ego=Person:keir-starmer&depth=1';

interface Expected {
  nodes: number;
  edges: number;
}

async function egoCounts(): Promise<Expected> {
  const result = await getTestDriver().executeQuery(
    `MATCH (c:Person {id: 'keir-starmer'})-[*0..1]-(m) WITH collect(DISTINCT m) AS ns
     RETURN size(ns) AS nodes, COUNT { MATCH (a)-[r]->(b) WHERE a IN ns AND b IN ns } AS edges`,
    {},
    { database: 'neo4j' },
  );
  const record = result.records[0];
  return { nodes: Number(record?.get('nodes')), edges: Number(record?.get('edges')) };
}

describe('GET /api/export', () => {
  let app: TestApp;
  let expected: Expected;
  let dir: string;
  beforeAll(async () => {
    app = await startTestApp();
    expected = await egoCounts();
    dir = mkdtempSync(join(tmpdir(), 'actorgraph-export-'));
  });
  afterAll(async () => {
    await app.close();
    await closeTestDriver();
    rmSync(dir, { recursive: true, force: true });
  });

  async function download(query: string): Promise<{ text: string; disposition: string; type: string }> {
    const response = await fetch(`${app.url}/api/export?${query}`);
    expect(response.status).toBe(200);
    return {
      text: await response.text(),
      disposition: response.headers.get('content-disposition') ?? '',
      type: response.headers.get('content-type') ?? '',
    };
  }

  it('JSON imports into graphology with every node, edge and source', async () => {
    const { text, disposition } = await download(`format=json&${EGO}`);
    expect(disposition).toContain('filename="actorgraph-ego-Person-keir-starmer-1.json"');
    const graph = MultiDirectedGraph.from(JSON.parse(text));
    expect(graph.order).toBe(expected.nodes);
    expect(graph.size).toBe(expected.edges);
    expect(graph.getNodeAttributes('Person:keir-starmer')).toMatchObject({
      nodeLabel: 'Person',
      name: 'Keir Starmer',
    });
    const attended = graph.filterEdges((_key, attributes) => attributes.relType === 'ATTENDED');
    expect(attended.length).toBeGreaterThan(0);
    for (const edge of attended) {
      expect(graph.getEdgeAttribute(edge, 'properties').sources).toEqual(expect.any(Array));
    }
  });

  it('GEXF is valid against the GEXF 1.3 schema and reads in graphology-gexf', async () => {
    const { text } = await download(`format=gexf&${EGO}`);
    expect(text).toContain('version="1.3"');
    const file = join(dir, 'ego.gexf');
    writeFileSync(file, text);
    execFileSync('xmllint', ['--noout', '--schema', gexfSchema, file], { stdio: 'pipe' });
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(graph.order).toBe(expected.nodes);
    expect(graph.size).toBe(expected.edges);
    expect(graph.getNodeAttributes('Person:keir-starmer')).toMatchObject({
      label: 'Keir Starmer',
      neo4j_label: 'Person',
    });
    const sourced = graph.filterEdges((_key, attributes) => typeof attributes.sources === 'string');
    expect(sourced.length).toBeGreaterThan(0);
    expect(JSON.parse(graph.getEdgeAttribute(sourced[0], 'sources'))).toEqual(expect.any(Array));
  });

  it('GraphML reads in graphology-graphml and in networkx', async () => {
    const { text } = await download(`format=graphml&${EGO}`);
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect(graph.order).toBe(expected.nodes);
    expect(graph.size).toBe(expected.edges);
    expect(graph.getNodeAttribute('Person:keir-starmer', 'name')).toBe('Keir Starmer');
    const file = join(dir, 'ego.graphml');
    writeFileSync(file, text);
    const script = `import networkx, json, sys
g = networkx.read_graphml(sys.argv[1])
quotes = [d for _, _, d in g.edges(data=True) if d.get('quote')]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "name": g.nodes["Person:keir-starmer"]["name"], "sources": sum(1 for _, _, d in g.edges(data=True) if d.get('sources'))}))`;
    const out = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
    expect(out).toMatchObject({ nodes: expected.nodes, edges: expected.edges, name: 'Keir Starmer' });
    expect(out.sources).toBeGreaterThan(0);
  });

  it('CSV has a header and one row per node, and per edge', async () => {
    const nodes = parseCsv((await download(`format=csv&part=nodes&${EGO}`)).text);
    expect(nodes[0]?.slice(0, 4)).toEqual(['key', 'label', 'id', 'name']);
    expect(nodes.length - 1).toBe(expected.nodes);
    const edges = await download(`format=csv&part=edges&${EGO}`);
    expect(edges.disposition).toContain('-edges.csv"');
    const rows = parseCsv(edges.text);
    expect(rows[0]?.slice(0, 4)).toEqual(['key', 'source', 'target', 'type']);
    expect(rows.length - 1).toBe(expected.edges);
    const sourcesColumn = rows[0]?.indexOf('sources') ?? -1;
    expect(sourcesColumn).toBeGreaterThan(0);
    const withSources = rows.slice(1).filter((row) => row[sourcesColumn]);
    expect(JSON.parse(withSources[0]?.[sourcesColumn] ?? '')).toEqual(expect.any(Array));
  });

  it('exports who met whom, and named keys with the relationships between them', async () => {
    const met = MultiDirectedGraph.from(
      JSON.parse((await download('format=json&meetings=1&status=held')).text),
    );
    expect(met.hasNode('Person:donald-trump') && met.hasNode('Person:keir-starmer')).toBe(true);
    met.forEachEdge((_edge, attributes) => {
      expect(attributes.relType).toBe('MET');
      expect(attributes.properties.sources.length).toBeGreaterThan(0);
    });
    const keys = await download('format=json&keys=Person:donald-trump,Country:US');
    const graph = MultiDirectedGraph.from(JSON.parse(keys.text));
    expect(graph.nodes().sort()).toEqual(['Country:US', 'Person:donald-trump']);
    expect(graph.size).toBeGreaterThan(0);
  });

  it('POST exports the result of a read-only query and refuses a write the same way /api/cypher does', async () => {
    const response = await fetch(`${app.url}/api/export`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        format: 'json',
        cypher: {
          query: 'MATCH p = (:Person {id: $id})-[:ATTENDED]->(:Meeting) RETURN p',
          params: { id: 'keir-starmer' },
        },
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('actorgraph-query.json');
    const graph = MultiDirectedGraph.from(await response.json());
    expect(graph.hasNode('Person:keir-starmer')).toBe(true);
    expect(graph.size).toBeGreaterThan(0);
    const refused = await postJson(app.url, '/api/export', {
      format: 'gexf',
      cypher: { query: 'MATCH (n) DETACH DELETE n' },
    });
    expectErrorShape(refused, 400);
  });

  it('answers unknown keys with 404 and bad requests with 400, before any download starts', async () => {
    expectErrorShape(await getJson(app.url, '/api/export?format=json&ego=Person:nobody'), 404);
    expectErrorShape(
      await getJson(app.url, '/api/export?format=json&keys=Person:donald-trump,Person:nobody'),
      404,
    );
    expectErrorShape(await getJson(app.url, '/api/export?format=pdf&ego=Person:donald-trump'), 400);
    expectErrorShape(await getJson(app.url, '/api/export?format=json'), 400);
    expectErrorShape(
      await getJson(app.url, '/api/export?format=json&ego=Person:donald-trump&keys=Country:US'),
      400,
    );
    expectErrorShape(await getJson(app.url, '/api/export?format=json&ego=Person:donald-trump&depth=9'), 400);
  });
});
