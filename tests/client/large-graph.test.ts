// Large-graph mode without a browser: when it switches on, what it changes in sigma's settings, the memoised
// reducers (reused until something they read changes), the layout's bounded rate, and the community view.
import { describe, expect, it } from 'vitest';
import { emptyFilters, toggleLabel } from '../../client/filters/filters-state.ts';
import { createDataGraph, type DataGraph, mergePayload } from '../../client/graph/data-graph.ts';
import { communityOf, communityView, indexCommunities } from '../../client/large-graph/communities.ts';
import { groupCommunities, topologyOf } from '../../client/large-graph/community-groups.ts';
import {
  HOLD_LIMIT,
  holdLimitFromSearch,
  isLarge,
  LARGE_AT,
  LARGE_LAYOUT,
  modeOptions,
  overrideFromSearch,
} from '../../client/large-graph/large-mode.ts';
import { type Extent, frameMapping } from '../../client/large-graph/layout-refresh.ts';
import { createApplyPacer } from '../../client/layout/apply-pacer.ts';
import { memoReducers } from '../../client/render/memo-reducers.ts';
import { focusOf, type RenderContext, reduceEdge, reduceNode } from '../../client/render/reducers.ts';
import { emptySelection, withSelection } from '../../client/selection/selection-state.ts';
import { edgeData, nodeData, payload } from './graph-fixtures.ts';

describe('large-graph mode switch', () => {
  it('switches on by size, at either threshold, and not below', () => {
    expect(isLarge({ nodes: 300, edges: 900 })).toBe(false);
    expect(isLarge({ nodes: LARGE_AT.nodes - 1, edges: LARGE_AT.edges - 1 })).toBe(false);
    expect(isLarge({ nodes: LARGE_AT.nodes, edges: 0 })).toBe(true);
    expect(isLarge({ nodes: 4_000, edges: LARGE_AT.edges })).toBe(true);
  });

  it('is forced by ?large=on or ?large=off, and anything else leaves it to the size', () => {
    expect(overrideFromSearch('?large=on&node=Person:a')).toBe('on');
    expect(overrideFromSearch('?view=meetings&large=off')).toBe('off');
    expect(overrideFromSearch('?large=yes')).toBe('auto');
    expect(overrideFromSearch('')).toBe('auto');
    expect(isLarge({ nodes: 10, edges: 10 }, 'on')).toBe(true);
    expect(isLarge({ nodes: 90_000, edges: 400_000 }, 'off')).toBe(false);
  });

  it('holds at most 50,000 nodes, a limit ?hold=N can only lower', () => {
    expect(holdLimitFromSearch('')).toBe(HOLD_LIMIT);
    expect(holdLimitFromSearch('?hold=40')).toBe(40);
    expect(holdLimitFromSearch('?hold=900000')).toBe(HOLD_LIMIT);
    expect(holdLimitFromSearch('?hold=-3')).toBe(HOLD_LIMIT);
    expect(holdLimitFromSearch('?hold=ten')).toBe(HOLD_LIMIT);
  });

  it('hides edges and labels on move, thins labels and drops edge events in large mode only', () => {
    const large = modeOptions(true);
    const normal = modeOptions(false);
    expect(large).toMatchObject({ hideEdgesOnMove: true, hideLabelsOnMove: true, enableEdgeEvents: false });
    expect(normal).toMatchObject({ hideEdgesOnMove: false, hideLabelsOnMove: false, enableEdgeEvents: true });
    expect(large.labelDensity).toBeLessThan(normal.labelDensity ?? 0);
    expect(large.labelGridCellSize).toBeGreaterThan(normal.labelGridCellSize ?? 0);
    expect(large.labelRenderedSizeThreshold).toBeGreaterThan(normal.labelRenderedSizeThreshold ?? 0);
    // Both modes name the same settings, so switching back undoes everything the large mode set.
    expect(Object.keys(large).sort()).toEqual(Object.keys(normal).sort());
  });
});

function sampleGraph(): DataGraph {
  const graph = createDataGraph();
  mergePayload(
    graph,
    payload(
      [
        { key: 'Person:a', attributes: nodeData('Person', 'a', { name: 'Alice' }) },
        { key: 'Person:b', attributes: nodeData('Person', 'b', { name: 'Bob' }) },
        { key: 'Meeting:m', attributes: nodeData('Meeting', 'm', { name: 'Talks' }) },
      ],
      [
        { key: 'a-m', source: 'Person:a', target: 'Meeting:m', attributes: edgeData('ATTENDED') },
        { key: 'b-m', source: 'Person:b', target: 'Meeting:m', attributes: edgeData('ATTENDED') },
      ],
    ),
  );
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: 1, y: 2 }));
  return graph;
}

function memoFor(graph: DataGraph) {
  const context: RenderContext = {
    graph,
    sizes: new Map(),
    curvature: new Map(),
    selection: emptySelection,
    filters: emptyFilters,
    focus: null,
  };
  const memo = memoReducers(context, reduceNode, reduceEdge);
  memo.watch(graph);
  const drawAll = () => {
    const nodes = graph.mapNodes((node, data) => memo.node(node, data));
    const edges = graph.mapEdges((edge, data) => memo.edge(edge, data));
    return { nodes, edges };
  };
  return { context, memo, drawAll };
}

describe('memoised reducers', () => {
  it('reduce each node and edge once, then reuse the result while nothing it reads changes', () => {
    const graph = sampleGraph();
    const { memo, drawAll } = memoFor(graph);
    const first = drawAll();
    expect(memo.computed).toEqual({ nodes: 3, edges: 2 });
    const again = drawAll();
    expect(memo.computed).toEqual({ nodes: 3, edges: 2 });
    expect(again).toEqual(first);
    // Each call hands sigma its own object: sigma writes its defaults into it.
    expect(memo.node('Person:a', graph.getNodeAttributes('Person:a'))).not.toBe(
      memo.node('Person:a', graph.getNodeAttributes('Person:a')),
    );
  });

  it('give the positions of the moment, without reducing again, while the layout moves nodes', () => {
    const graph = sampleGraph();
    const { memo, drawAll } = memoFor(graph);
    drawAll();
    // The layout worker writes positions in bulk, with hints that only x and y changed.
    graph.updateEachNodeAttributes((_node, a) => ({ ...a, x: (a.x ?? 0) + 5, y: 7 }), {
      attributes: ['x', 'y'],
    });
    const { nodes } = drawAll();
    expect(nodes[0]).toMatchObject({ x: 6, y: 7, label: 'Alice' });
    expect(memo.computed.nodes).toBe(3);
  });

  it('reduce again when any part of the render state is replaced: selection, filters, sizes, or a field added later', () => {
    const graph = sampleGraph();
    const { context, memo, drawAll } = memoFor(graph);
    drawAll();
    context.selection = withSelection(emptySelection, { kind: 'node', key: 'Person:a' });
    context.focus = focusOf(graph, context.selection, context.filters);
    const selected = drawAll();
    expect(memo.computed).toEqual({ nodes: 6, edges: 4 });
    expect(selected.nodes[0]).toMatchObject({ highlighted: true, forceLabel: true });
    expect(selected.nodes[1]).toMatchObject({ label: '' }); // Bob is not Alice's neighbour: faded

    context.filters = toggleLabel(context.filters, 'Meeting');
    const filtered = drawAll();
    expect(filtered.nodes[2]).toMatchObject({ hidden: true });

    context.sizes = new Map([['Person:b', 17]]);
    expect(drawAll().nodes[1]).toMatchObject({ size: 17 });

    // A style hook added to the context later takes part without touching the memo.
    const withStyle: RenderContext & { style?: string } = context;
    const before = memo.computed.nodes;
    withStyle.style = 'by-degree';
    drawAll();
    expect(memo.computed.nodes).toBe(before + 3);
  });

  it('let go of what leaves the graph', () => {
    const graph = sampleGraph();
    const { memo, drawAll } = memoFor(graph);
    drawAll();
    expect(memo.size()).toBe(5);
    graph.dropNode('Person:b'); // and its edge b-m
    expect(memo.size()).toBe(3);
    graph.clear();
    expect(memo.size()).toBe(0);
  });

  it('forget a node whose own data changed, and only that one', () => {
    const graph = sampleGraph();
    const { memo, drawAll } = memoFor(graph);
    drawAll();
    graph.mergeNodeAttributes('Person:b', { name: 'Robert' });
    const { nodes } = drawAll();
    expect(nodes[1]).toMatchObject({ label: 'Robert' });
    expect(memo.computed.nodes).toBe(4);
  });
});

describe('layout updates paced by their cost', () => {
  it('waits fourteen times what the last update cost the page, and never less than the floor', () => {
    const pacer = createApplyPacer(LARGE_LAYOUT.pace);
    expect(pacer.waitMs(0)).toBe(0); // nothing applied yet: the first update goes at once
    pacer.record(1000, 200); // a 200 ms update at t = 1 s: the next at 1000 + 200 + 14 * 200
    expect(pacer.waitMs(1200)).toBe(2800);
    expect(pacer.waitMs(3900)).toBe(100);
    expect(pacer.waitMs(4000)).toBe(0);
    // At that pace updates take a fifteenth of the main thread, whatever they cost.
    expect(200 / (200 + pacer.waitMs(1200))).toBeCloseTo(1 / 15);
    pacer.record(5000, 2); // a cheap one: the floor, 125 ms, decides
    expect(pacer.waitMs(5002)).toBe(123);
    expect(pacer.lastCostMs()).toBe(2);
  });

  it('moves the layout into the frame sigma drew last, as a re-index would have framed it', () => {
    const frame: Extent = { x: [0, 100], y: [0, 50] };
    // What sigma does with a node: centre of the frame at 0.5, its longer side one unit.
    const normalise = (extent: Extent, x: number, y: number) => {
      const side = Math.max(extent.x[1] - extent.x[0], extent.y[1] - extent.y[0]);
      return [
        0.5 + (x - (extent.x[0] + extent.x[1]) / 2) / side,
        0.5 + (y - (extent.y[0] + extent.y[1]) / 2) / side,
      ];
    };
    // The layout grew to four times the frame and moved off it; then it shrank to a fifth.
    for (const extent of [
      { x: [-300, 100], y: [-50, 150] },
      { x: [40, 60], y: [20, 30] },
    ] as Extent[]) {
      const { scale, dx, dy } = frameMapping(extent, frame);
      for (const [x, y] of [
        [extent.x[0], extent.y[0]],
        [extent.x[1], extent.y[1]],
        [(extent.x[0] + extent.x[1]) / 2 + 3, extent.y[0] + 1],
      ] as [number, number][]) {
        const drawn = normalise(frame, x * scale + dx, y * scale + dy);
        const reindexed = normalise(extent, x, y);
        expect(drawn[0]).toBeCloseTo(reindexed[0] ?? Number.NaN, 9);
        expect(drawn[1]).toBeCloseTo(reindexed[1] ?? Number.NaN, 9);
      }
    }
    // A layout that is one point (a single node) is only moved, never scaled by an infinite ratio.
    expect(frameMapping({ x: [5, 5], y: [7, 7] }, frame)).toEqual({ scale: 1, dx: 45, dy: 18 });
  });

  it('does not wait at all for small graphs', () => {
    const pacer = createApplyPacer({ pauseRatio: 0, minIntervalMs: 0 });
    pacer.record(10, 50);
    expect(pacer.waitMs(60)).toBe(0);
  });
});

describe('community view for graphs the browser should not draw whole', () => {
  /** What the page does with the worker's answer (the worker runs groupCommunities on the topology). */
  const findCommunities = (graph: ReturnType<typeof payload>) =>
    indexCommunities(graph, groupCommunities(topologyOf(graph)));

  /** Two dense groups of five joined by one edge. */
  function twoGroups() {
    const nodes = Array.from({ length: 10 }, (_, i) => ({
      key: `Person:p${i}`,
      attributes: nodeData('Person', `p${i}`, { name: `P${i}` }),
    }));
    const edges: Parameters<typeof payload>[1] = [];
    for (const offset of [0, 5])
      for (let i = 0; i < 5; i += 1)
        for (let j = i + 1; j < 5; j += 1)
          edges.push({
            key: `e${offset + i}-${offset + j}`,
            source: `Person:p${offset + i}`,
            target: `Person:p${offset + j}`,
            attributes: edgeData('MET'),
          });
    edges.push({ key: 'bridge', source: 'Person:p0', target: 'Person:p5', attributes: edgeData('MET') });
    return payload(nodes, edges);
  }

  it('shows one super-node per community, with the relationships between them summed', () => {
    const communities = findCommunities(twoGroups());
    expect(communities.members.map((group) => group.length)).toEqual([5, 5]);
    const { payload: view, positions } = communityView(communities, new Set());
    expect(view.nodes.map((node) => node.key)).toEqual(['Community:0', 'Community:1']);
    expect(view.nodes[0]?.attributes).toMatchObject({ nodeLabel: 'Community', properties: { members: 5 } });
    expect(view.edges).toHaveLength(1);
    expect(view.edges[0]?.attributes).toEqual({ relType: 'LINKS', properties: { relationships: 1 } });
    expect(Object.keys(positions).sort()).toEqual(['Community:0', 'Community:1']);
    expect(communityOf('Community:1')).toBe(1);
    expect(communityOf('Person:p1')).toBeNull();
  });

  it('puts an opened community’s members and their own relationships in its place', () => {
    const communities = findCommunities(twoGroups());
    const { payload: view, positions } = communityView(communities, new Set([0]));
    const members = communities.members[0] ?? [];
    expect(view.nodes.map((node) => node.key).sort()).toEqual([...members, 'Community:1'].sort());
    // Ten edges inside the open group, and the bridge summed into one edge to the closed community.
    expect(view.edges.filter((edge) => edge.attributes.relType === 'MET')).toHaveLength(10);
    expect(view.edges.filter((edge) => edge.attributes.relType === 'LINKS')).toHaveLength(1);
    for (const node of view.nodes) expect(positions[node.key]).toHaveLength(2);
  });
});
