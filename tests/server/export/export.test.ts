// Every export format of the seed graph reads back in the tools it is for: graphology, graphology-gexf (and
// the GEXF 1.3 schema), graphology-graphml, networkx, Python's csv; every fact carries its sources; who met
// whom is undirected everywhere; the whole graph streams uncapped; a cut Cypher export says so.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, strFromU8, unzipSync } from 'fflate';
import graphology, { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interopDefault } from '../../../client/graph/interop.ts';
import { INTERNAL_LABELS } from '../../../server/graph/visibility.ts';
import { closeTestDriver, getTestDriver } from '../../support/database.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { expectErrorShape, getJson, postJson } from '../api.ts';
import { parseCsv } from './csv-reader.ts';
import { python, validGexf } from './python.ts';

// The default Graph (mixed, simple) is what `import Graph from 'graphology'` gives a user.
const Graph = interopDefault(graphology);
const betweenness = interopDefault(betweennessModule);

const EGO = 'ego=Person:keir-starmer&depth=1';
const TRUMP = 'Person:donald-trump';

interface Expected {
  nodes: number;
  edges: number;
}

async function count(query: string): Promise<Expected> {
  const params = { internalLabels: [...INTERNAL_LABELS] };
  const result = await getTestDriver().executeQuery(query, params, { database: 'neo4j' });
  const record = result.records[0];
  return { nodes: Number(record?.get('nodes')), edges: Number(record?.get('edges')) };
}

describe('GET /api/export', { timeout: 180_000 }, () => {
  let app: TestApp;
  let ego: Expected;
  let dir: string;
  beforeAll(async () => {
    app = await startTestApp();
    ego = await count(
      `MATCH (c:Person {id: 'keir-starmer'})-[*0..1]-(m) WITH collect(DISTINCT m) AS ns
       RETURN size(ns) AS nodes, COUNT { MATCH (a)-[r]->(b) WHERE a IN ns AND b IN ns } AS edges`,
    );
    dir = mkdtempSync(join(tmpdir(), 'actorgraph-export-'));
  });
  afterAll(async () => {
    await app.close();
    await closeTestDriver();
    rmSync(dir, { recursive: true, force: true });
  });

  async function download(query: string, init: RequestInit = {}) {
    const response = await fetch(`${app.url}/api/export?${query}`, init);
    expect(response.status).toBe(200);
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      disposition: response.headers.get('content-disposition') ?? '',
      truncated: response.headers.get('x-actorgraph-truncated'),
      get text() {
        return new TextDecoder('utf-8', { ignoreBOM: true }).decode(this.bytes);
      },
    };
  }

  function save(name: string, text: string | Uint8Array): string {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  }

  it('JSON builds with Graph.from (the options travel with it), every fact with its sources', async () => {
    const { text, disposition, truncated } = await download(`format=json&${EGO}`);
    expect(disposition).toContain('filename="actorgraph-ego-Person-keir-starmer-1.json"');
    expect(truncated).toBe('false');
    const graph = Graph.from(JSON.parse(text));
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(ego.nodes);
    expect(graph.size).toBe(ego.edges);
    expect(graph.getNodeAttributes('Person:keir-starmer')).toMatchObject({
      nodeLabel: 'Person',
      name: 'Keir Starmer',
    });
    const meetings = graph.filterNodes((_key, attributes) => attributes.nodeLabel === 'Meeting');
    expect(meetings.length).toBeGreaterThan(0);
    for (const meeting of meetings) {
      const { sourceCount, evidence } = graph.getNodeAttributes(meeting);
      expect(sourceCount).toBeGreaterThan(0);
      expect(evidence[0]).toMatchObject({ article: expect.any(String), published: expect.any(String) });
      expect(evidence.some((item: { quote: string | null }) => item.quote)).toBe(true);
    }
    const attended = graph.filterEdges((_key, attributes) => attributes.relType === 'ATTENDED');
    expect(attended.length).toBeGreaterThan(0);
    for (const edge of attended) {
      const { sourceCount, evidence } = graph.getEdgeAttributes(edge);
      expect(sourceCount).toBe(evidence.length);
      expect(evidence[0]).toMatchObject({ article: expect.any(String), outlet: expect.anything() });
    }
    // withEvidence=0: the counts stay, the sources go.
    const bare = Graph.from(JSON.parse((await download(`format=json&${EGO}&withEvidence=0`)).text));
    expect(bare.getNodeAttribute(meetings[0], 'sourceCount')).toBeGreaterThan(0);
    expect(bare.getNodeAttribute(meetings[0], 'evidence')).toBeUndefined();
  });

  it('GEXF is valid GEXF 1.3, reads in graphology-gexf and networkx, with labels, kinds and sources', async () => {
    const { text } = await download(`format=gexf&${EGO}`);
    const file = save('ego.gexf', text);
    await validGexf(file);
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(graph.order).toBe(ego.nodes);
    expect(graph.size).toBe(ego.edges);
    expect(graph.getNodeAttributes('Person:keir-starmer')).toMatchObject({
      label: 'Keir Starmer',
      labels: ':Person',
    });
    expect(text).toMatch(/<edge [^>]*kind="ATTENDED"/);
    const aliases = graph.getNodeAttribute('Person:keir-starmer', 'aliases');
    expect(aliases).toEqual(expect.arrayContaining(['Keir Starmer']));
    const sourced = graph.filterEdges((_key, attributes) => typeof attributes.evidence === 'string');
    expect(sourced.length).toBeGreaterThan(0);
    expect(JSON.parse(graph.getEdgeAttribute(sourced[0], 'evidence'))[0]).toHaveProperty('article');
    const out = await python(
      `import networkx, json, sys
g = networkx.read_gexf(sys.argv[1], version="1.3")
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "labels": g.nodes["Person:keir-starmer"]["labels"]}))`,
      file,
    );
    expect(out).toEqual({ nodes: ego.nodes, edges: ego.edges, labels: ':Person' });
  });

  it('GraphML reads in graphology-graphml and networkx, labels in APOC form', async () => {
    const { text } = await download(`format=graphml&${EGO}`);
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect(graph.order).toBe(ego.nodes);
    expect(graph.size).toBe(ego.edges);
    expect(graph.getNodeAttribute('Person:keir-starmer', 'name')).toBe('Keir Starmer');
    expect(graph.getNodeAttribute('Person:keir-starmer', 'labels')).toBe(':Person');
    const out = await python(
      `import networkx, json, sys
g = networkx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "name": g.nodes["Person:keir-starmer"]["name"], "sourced": sum(1 for _, _, d in g.edges(data=True) if json.loads(d.get("evidence", "[]")))}))`,
      save('ego.graphml', text),
    );
    expect(out).toMatchObject({ nodes: ego.nodes, edges: ego.edges, name: 'Keir Starmer' });
    expect(out.sourced).toBeGreaterThan(0);
  });

  it('CSV starts with a BOM (unless bom=0), reads in Python csv, and comes zipped with a README', async () => {
    const withBom = await download(`format=csv&part=nodes&${EGO}`);
    expect([...withBom.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const nodes = parseCsv(withBom.text.slice(1));
    expect(nodes[0]?.slice(0, 4)).toEqual(['key', 'labels', 'id', 'name']);
    expect(nodes.length - 1).toBe(ego.nodes);
    const edges = await download(`format=csv&part=edges&bom=0&${EGO}`);
    expect(edges.bytes[0]).toBe('k'.charCodeAt(0));
    expect(edges.disposition).toContain('-edges.csv"');
    const out = await python(
      `import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.DictReader(f))
print(json.dumps({"rows": len(rows), "directed": sorted({r["directed"] for r in rows}), "evidence": sum(1 for r in rows if r["evidence"] and json.loads(r["evidence"]))}))`,
      save('edges.csv', edges.bytes),
    );
    expect(out).toMatchObject({ rows: ego.edges, directed: ['true'] });
    expect(out.evidence).toBeGreaterThan(0);

    const zip = await download(`format=csv&part=zip&${EGO}`);
    expect(zip.disposition).toContain('-csv.zip"');
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual(['README.md', 'nodes.csv', 'relationships.csv']);
    expect(parseCsv(strFromU8(files['nodes.csv'] ?? new Uint8Array()).slice(1)).length - 1).toBe(ego.nodes);
    expect(parseCsv(strFromU8(files['relationships.csv'] ?? new Uint8Array()).slice(1)).length - 1).toBe(
      ego.edges,
    );
    expect(strFromU8(files['README.md'] ?? new Uint8Array())).toContain('sourceCount');
  });

  it('is gzip-encoded, streamed, when the client accepts it', async () => {
    const { headers, body } = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        request(
          `${app.url}/api/export?format=graphml&${EGO}`,
          { headers: { 'accept-encoding': 'gzip' } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
            res.on('error', reject);
          },
        )
          .on('error', reject)
          .end();
      },
    );
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['transfer-encoding']).toBe('chunked');
    const graph = parseGraphml(MultiDirectedGraph, strFromU8(gunzipSync(body)));
    expect(graph.order).toBe(ego.nodes);
  });

  it('exports who met whom undirected in every format: networkx betweenness equals the API data’s', async () => {
    const answer = await getJson(app.url, '/api/who-met-whom');
    expect(answer.status).toBe(200);
    const api = answer.body as {
      graph: { edges: { source: string; target: string }[] };
    };
    const reference = new UndirectedGraph();
    for (const { source, target } of api.graph.edges) {
      reference.mergeEdge(reference.mergeNode(source)[0], reference.mergeNode(target)[0]);
    }
    const expected = betweenness(reference, { normalized: false })[TRUMP];
    expect(expected).toBeGreaterThan(0);

    const json = Graph.from(JSON.parse((await download('format=json&meetings=1')).text));
    expect(json.type).toBe('undirected');
    expect(json.size).toBe(reference.size);
    const gexf = await download('format=gexf&meetings=1');
    expect(gexf.text).toContain('defaultedgetype="undirected"');
    const gexfFile = save('met.gexf', gexf.text);
    await validGexf(gexfFile);
    const graphml = (await download('format=graphml&meetings=1')).text;
    expect(graphml).toContain('edgedefault="undirected"');
    const script = `import networkx, json, sys
g = networkx.read_gexf(sys.argv[1], version="1.3") if sys.argv[1].endswith('.gexf') else networkx.read_graphml(sys.argv[1])
b = networkx.betweenness_centrality(networkx.Graph(g), normalized=False)
print(json.dumps({"directed": g.is_directed(), "trump": b["${TRUMP}"], "components": networkx.number_connected_components(g)}))`;
    for (const file of [gexfFile, save('met.graphml', graphml)]) {
      const out = await python(script, file);
      expect(out.directed).toBe(false);
      expect(out.trump).toBeCloseTo(expected ?? -1, 9);
      expect(out.components).toBeGreaterThan(0);
    }
    const csv = parseCsv((await download('format=csv&part=edges&bom=0&meetings=1')).text);
    const directed = csv[0]?.indexOf('directed') ?? -1;
    expect(new Set(csv.slice(1).map((row) => row[directed]))).toEqual(new Set(['false']));
  });

  it('exports the whole public graph uncapped, and filtered by labels, types and minSources', async () => {
    const all = await count(
      `MATCH (n) WHERE n.retracted IS NULL AND NOT (n:Article AND n.status <> 'published')
         AND NOT any(l IN labels(n) WHERE l IN $internalLabels)
       WITH collect(n) AS ns
       RETURN size(ns) AS nodes, COUNT { MATCH (a)-[r]->(b) WHERE a IN ns AND b IN ns AND r.retracted IS NULL } AS edges`,
    );
    const graph = Graph.from(JSON.parse((await download('format=json&graph=1')).text));
    expect(graph.order).toBe(all.nodes);
    expect(graph.size).toBe(all.edges);
    const people = Graph.from(
      JSON.parse((await download('format=json&graph=1&labels=Person,Meeting&types=ATTENDED')).text),
    );
    const labels = new Set(people.mapNodes((_key, attributes) => attributes.nodeLabel));
    expect(labels).toEqual(new Set(['Person', 'Meeting']));
    expect(new Set(people.mapEdges((_key, attributes) => attributes.relType))).toEqual(new Set(['ATTENDED']));
    const corroborated = Graph.from(
      JSON.parse((await download('format=json&graph=1&labels=Meeting&minSources=2')).text),
    );
    expect(corroborated.order).toBeGreaterThan(0);
    expect(corroborated.order).toBeLessThan(graph.filterNodes((_k, a) => a.nodeLabel === 'Meeting').length);
    corroborated.forEachNode((_key, attributes) => expect(attributes.sourceCount).toBeGreaterThanOrEqual(2));
  });

  it('a Cypher export cut at maxRows says so in a header and in the file; a whole one says it is not cut', async () => {
    const query = 'MATCH (n:Person) RETURN n ORDER BY n.id';
    const send = (format: string, maxRows?: number) =>
      fetch(`${app.url}/api/export`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ format, cypher: { query }, ...(maxRows ? { maxRows } : {}) }),
      });
    const cut = await send('json', 3);
    expect(cut.headers.get('x-actorgraph-truncated')).toBe('true');
    const graph = Graph.from(await cut.json());
    expect(graph.order).toBe(3);
    expect(graph.getAttributes()).toMatchObject({ truncated: true, maxRows: 3 });
    expect(await (await send('graphml', 3)).text()).toContain('<data key="truncated">true</data>');
    expect(await (await send('gexf', 3)).text()).toContain('<keywords>truncated</keywords>');
    expect(await (await send('cypher', 3)).text()).toMatch(/TRUNCATED/);
    const whole = await send('json');
    expect(whole.headers.get('x-actorgraph-truncated')).toBe('false');
    expect(Graph.from(await whole.json()).getAttributes().truncated).toBeUndefined();
  });

  it('POST exports the result of a read-only query with its sources and refuses a write as /api/cypher does', async () => {
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
    const graph = Graph.from(await response.json());
    expect(graph.hasNode('Person:keir-starmer')).toBe(true);
    graph.forEachEdge((_edge, attributes) => expect(attributes.evidence.length).toBe(attributes.sourceCount));
    const meeting = graph.findNode((_key, attributes) => attributes.nodeLabel === 'Meeting');
    expect(graph.getNodeAttribute(meeting, 'evidence')[0].quote).toEqual(expect.any(String));
    const refused = await postJson(app.url, '/api/export', {
      format: 'gexf',
      cypher: { query: 'MATCH (n) DETACH DELETE n' },
    });
    expectErrorShape(refused, 400);
  });

  it('GEXF and GraphML from the view carry the explorer’s positions, colours and sizes (GEXF still valid 1.3)', async () => {
    const view = {
      nodes: {
        [TRUMP]: { x: 12.5, y: -3.25, color: '#d6453d', size: 14 },
        'Person:keir-starmer': { x: -40, y: 8.125, color: '#2f7ed8' },
      },
    };
    const post = (format: string, body: Record<string, unknown> = {}) =>
      fetch(`${app.url}/api/export`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ format, keys: [TRUMP, 'Person:keir-starmer', 'Country:US'], view, ...body }),
      });
    const gexfText = await (await post('gexf')).text();
    await validGexf(save('view.gexf', gexfText));
    const gexf = parseGexf(MultiDirectedGraph, gexfText);
    // graphology-gexf reads a GEXF colour as rgb().
    expect(gexf.getNodeAttributes(TRUMP)).toMatchObject({
      x: 12.5,
      y: -3.25,
      color: 'rgb(214,69,61)',
      size: 14,
    });
    expect(gexf.getNodeAttributes('Person:keir-starmer')).toMatchObject({
      x: -40,
      y: 8.125,
      color: 'rgb(47,126,216)',
    });
    // A node the view did not place gets no position rather than an invented one.
    expect(gexf.getNodeAttribute('Country:US', 'x')).toBeUndefined();
    const graphml = parseGraphml(MultiDirectedGraph, await (await post('graphml')).text());
    expect(graphml.getNodeAttributes(TRUMP)).toMatchObject({ x: 12.5, y: -3.25, color: '#d6453d', size: 14 });
    expect(graphml.getNodeAttribute('Country:US', 'x')).toBeUndefined();
    expectErrorShape(
      await postJson(app.url, '/api/export', {
        format: 'gexf',
        keys: [TRUMP],
        view: { nodes: { [TRUMP]: { x: 1, y: 2, color: 'red' } } },
      }),
      400,
    );
    expectErrorShape(
      await postJson(app.url, '/api/export', {
        format: 'gexf',
        keys: [TRUMP],
        view: { nodes: { [TRUMP]: { x: 'left', y: 2 } } },
      }),
      400,
    );
  });

  it('answers unknown keys with 404 and bad requests with 400, before any download starts', async () => {
    expectErrorShape(await getJson(app.url, '/api/export?format=json&ego=Person:nobody'), 404);
    expectErrorShape(await getJson(app.url, `/api/export?format=json&keys=${TRUMP},Person:nobody`), 404);
    for (const bad of [
      'format=pdf&ego=Person:donald-trump',
      'format=json',
      `format=json&ego=${TRUMP}&keys=Country:US`,
      `format=json&ego=${TRUMP}&depth=9`,
      'format=json&meetings=1&status=hled',
      `format=gexf&part=edges&ego=${TRUMP}`,
      `format=json&ego=${TRUMP}&maxRows=10`,
      `format=json&ego=${TRUMP}&labels=Person`,
      'format=json&graph=1&labels=Nonsense',
      'format=json&graph=1&types=NOT_A_TYPE',
    ]) {
      expectErrorShape(await getJson(app.url, `/api/export?${bad}`), 400);
    }
  });
});
