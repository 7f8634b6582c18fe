// The export's one stream of rows split into the node and edge phases the writers read in turn (opened once,
// handed over at the first edge, closed when the edges are never read), and sources resolved from articles.
import { describe, expect, it } from 'vitest';
import { evidenceText } from '../../../server/export/evidence-text.ts';
import type { Evidence, ExportEdge, ExportNode } from '../../../server/export/export-graph.ts';
import { edgeSourcing, nodeSourcing } from '../../../server/export/sourcing.ts';
import { nodesThenEdges, type SubgraphBatch } from '../../../server/export/subgraph-stream.ts';
import { jsonText } from '../../../server/export/value-text.ts';

function node(key: string): ExportNode {
  return { key, labels: ['Person'], raw: {}, sourceCount: null, evidence: [] };
}

function edge(key: string): ExportEdge {
  return { key, type: 'MET', source: 'a', target: 'b', raw: {}, sourceCount: null, evidence: [] };
}

/** A stream that counts how often it was opened and whether each opening was closed. */
function source(items: SubgraphBatch[]) {
  const state = { opened: 0, closed: 0 };
  const open = () => {
    state.opened++;
    return (async function* () {
      try {
        yield* items;
      } finally {
        state.closed++;
      }
    })();
  };
  return { state, open };
}

async function read<T>(batches: AsyncIterable<readonly T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const batch of batches) out.push(...batch);
  return out;
}

/** The last nodes and the first edge share a batch, as they do when the rows' batch straddles the two. */
const ITEMS: SubgraphBatch[] = [
  { nodes: [node('n1')], edges: [] },
  { nodes: [node('n2')], edges: [edge('e1')] },
  { nodes: [], edges: [edge('e2')] },
];

describe('nodesThenEdges', () => {
  it('opens the stream once: nodes, then the edges from the first one the node phase read', async () => {
    const { state, open } = source(ITEMS);
    const phased = nodesThenEdges(open);
    expect((await read(phased.nodes())).map((n) => n.key)).toEqual(['n1', 'n2']);
    expect(state).toEqual({ opened: 1, closed: 0 });
    expect((await read(phased.edges())).map((e) => e.key)).toEqual(['e1', 'e2']);
    expect(state).toEqual({ opened: 1, closed: 1 });
    await phased.close?.();
    expect(state).toEqual({ opened: 1, closed: 1 });
  });

  it('edges alone open the stream and skip the nodes; nodes alone are closed by close()', async () => {
    const edgesOnly = source(ITEMS);
    expect((await read(nodesThenEdges(edgesOnly.open).edges())).map((e) => e.key)).toEqual(['e1', 'e2']);
    expect(edgesOnly.state).toEqual({ opened: 1, closed: 1 });

    const nodesOnly = source(ITEMS);
    const phased = nodesThenEdges(nodesOnly.open);
    expect(await read(phased.nodes())).toHaveLength(2);
    expect(nodesOnly.state.closed).toBe(0);
    await phased.close?.();
    expect(nodesOnly.state).toEqual({ opened: 1, closed: 1 });
  });

  it('a writer that stops early closes the stream; a stream without edges is not opened twice', async () => {
    const early = source(ITEMS);
    for await (const _ of nodesThenEdges(early.open).nodes()) break;
    expect(early.state).toEqual({ opened: 1, closed: 1 });

    const noEdges = source([{ nodes: [node('n1'), node('n2')], edges: [] }]);
    const phased = nodesThenEdges(noEdges.open);
    expect(await read(phased.nodes())).toHaveLength(2);
    expect(await read(phased.edges())).toEqual([]);
    expect(noEdges.state).toEqual({ opened: 1, closed: 1 });
  });
});

describe('sources from looked-up articles', () => {
  const article = (id: string): Evidence => ({
    article: id,
    title: `t-${id}`,
    titleInferred: false,
    outlet: null,
    outletInferred: false,
    published: null,
    quote: null,
  });
  const articles = new Map<string, Evidence | null>([
    ['a1', article('a1')],
    ['a2', article('a2')],
    ['hidden', null],
  ]);

  it('a node: one entry per visible report with its quote, by article; no reports means no fact', () => {
    const sourcing = nodeSourcing(
      [
        ['a2', 'said so'],
        ['hidden', 'x'],
        ['a1', null],
        ['a2', 'again'],
      ],
      articles,
    );
    expect(sourcing.sourceCount).toBe(2);
    expect(sourcing.evidence.map((e) => [e.article, e.quote])).toEqual([
      ['a1', null],
      ['a2', 'said so'],
      ['a2', 'again'],
    ]);
    expect(nodeSourcing([], articles)).toEqual({ sourceCount: null, evidence: [] });
    expect(nodeSourcing([['hidden', null]], articles)).toEqual({ sourceCount: 0, evidence: [] });
  });

  it('a relationship: each visible article its sources name, once; no sources property means no fact', () => {
    const sourcing = edgeSourcing(['a2', 'hidden', 'a1', 'a2', 'gone'], articles);
    expect(sourcing.sourceCount).toBe(2);
    expect(sourcing.evidence.map((e) => e.article)).toEqual(['a1', 'a2']);
    expect(edgeSourcing(undefined, articles)).toEqual({ sourceCount: null, evidence: [] });
    expect(edgeSourcing([], articles)).toEqual({ sourceCount: 0, evidence: [] });
  });
});

describe('evidence text, each article serialised once', () => {
  const article: Evidence = {
    article: 'a"1',
    title: 'Russia’s "deal" <b>&</b>',
    titleInferred: true,
    outlet: null,
    outletInferred: false,
    published: '2025-02-27',
    quote: null,
  };
  const other: Evidence = { ...article, article: 'a2', title: null, titleInferred: false };

  it('is the JSON of the evidence list, for a relationship and for a node with quotes, twice over', () => {
    const articles = new Map<string, Evidence | null>([
      ['a"1', article],
      ['a2', other],
    ]);
    const edge = edgeSourcing(['a2', 'a"1'], articles).evidence;
    const node = nodeSourcing(
      [
        ['a"1', 'he said "no"\n'],
        ['a2', null],
      ],
      articles,
    ).evidence;
    for (const evidence of [edge, node, edge, node, [article], []]) {
      expect(evidenceText(evidence)).toBe(jsonText(evidence));
    }
    expect(JSON.parse(evidenceText(node))[0].quote).toBe('he said "no"\n');
  });
});
