// Pure helpers behind the analyst-facing features: status styles, source counts, visible counts, framing,
// rings for expansions, the console's timeout text and the URL's default-hidden labels.
import { describe, expect, it } from 'vitest';
import type { ArticleRef } from '../../client/api/types.ts';
import { timeoutText } from '../../client/cypher/outcome-view.ts';
import { emptyFilters, initialFilters, toggleLabel } from '../../client/filters/filters-state.ts';
import { visibleCounts } from '../../client/filters/visible-counts.ts';
import { sharedVisibleCounts } from '../../client/filters/visible-counts-memo.ts';
import { createDataGraph, mergePayload } from '../../client/graph/data-graph.ts';
import { ringPoints } from '../../client/layout/positions.ts';
import { MET_STYLES, meetingsViewName, metLabel, pairStatus } from '../../client/meetings/met-style.ts';
import { frameFor } from '../../client/render/fit-view.ts';
import { unknownArticle } from '../../client/sources/article-texts.ts';
import { sourcesSummary } from '../../client/sources/citation.ts';
import { sourceCountOf } from '../../client/sources/source-count.ts';
import { parseUrlState, serializeUrlState } from '../../client/url/url-state.ts';
import { edgeData, payload as graphPayload, nodeData } from './graph-fixtures.ts';

describe('who met whom styles', () => {
  it('draws a pair by its strongest status: one held meeting makes it held', () => {
    expect(pairStatus(['scheduled', 'held'])).toBe('held');
    expect(pairStatus(['proposed', 'scheduled'])).toBe('scheduled');
    expect(pairStatus(['proposed'])).toBe('proposed');
    expect(new Set(Object.values(MET_STYLES).map((style) => style.color)).size).toBe(4);
  });
  it('names the view and labels edges by what is shown', () => {
    expect(meetingsViewName(['held'])).toBe('Who met whom');
    expect(meetingsViewName(['held', 'proposed'])).toBe('Who met or was due to meet whom');
    expect(metLabel(1, ['held'], 2)).toBe('1 meeting · 2 sources');
    expect(metLabel(2, ['held', 'scheduled'], 1)).toBe('2 meetings · held, scheduled · 1 source');
  });
});

describe('sources', () => {
  const article = (id: string, outlet: string | null, outletInferred: string | null): ArticleRef => ({
    ...unknownArticle(id),
    outlet,
    outletInferred,
  });
  it('counts distinct articles and outlets, stated or inferred', () => {
    const list = [article('a', 'BBC', null), article('b', null, 'bbc'), article('c', null, 'Reuters')];
    expect(sourcesSummary(list)).toBe('3 sources (2 outlets)');
    expect(sourcesSummary([article('a', null, null)])).toBe('1 source');
    expect(sourcesSummary(list, 4)).toBe('4 sources (2 outlets)');
  });
  it('reads sourceCount only when the API gives a number', () => {
    expect(sourceCountOf({ sourceCount: 3 })).toBe(3);
    expect(sourceCountOf({ sourceCount: '3' })).toBeNull();
    expect(sourceCountOf({})).toBeNull();
  });
});

describe('visible counts', () => {
  it('follow the filters: nodes that pass, and edges whose type and both ends pass', () => {
    const graph = createDataGraph();
    mergePayload(
      graph,
      graphPayload(
        [
          { key: 'Person:a', attributes: nodeData('Person', 'a') },
          { key: 'Person:b', attributes: nodeData('Person', 'b') },
          { key: 'Statement:s', attributes: nodeData('Statement', 's') },
        ],
        [
          { key: 'e1', source: 'Person:a', target: 'Person:b', attributes: edgeData('KNOWS') },
          { key: 'e2', source: 'Person:a', target: 'Statement:s', attributes: edgeData('MADE') },
        ],
      ),
    );
    expect(visibleCounts(graph, emptyFilters)).toMatchObject({
      nodes: 3,
      totalNodes: 3,
      edges: 2,
      totalEdges: 2,
    });
    expect(visibleCounts(graph, initialFilters)).toMatchObject({ nodes: 2, edges: 1 });
    const none = visibleCounts(graph, toggleLabel(emptyFilters, 'Person'));
    expect(none).toMatchObject({ nodes: 1, edges: 0 });
    expect(none.byLabel.get('Person')).toBe(2);
    expect([...none.shown]).toEqual(['Statement:s']);
  });

  it('are counted once per change and shared: layout moves keep them, filters and graph changes recount', () => {
    const graph = createDataGraph();
    const person = (id: string) => ({ key: `Person:${id}`, attributes: nodeData('Person', id) });
    mergePayload(
      graph,
      graphPayload(
        [person('a'), person('b')],
        [{ key: 'e1', source: 'Person:a', target: 'Person:b', attributes: edgeData('KNOWS') }],
      ),
    );
    const first = sharedVisibleCounts(graph, emptyFilters);
    // The caption, the legend and the announcement ask in turn: one count, the same answer.
    expect(sharedVisibleCounts(graph, emptyFilters)).toBe(first);
    // Filters equal in value (a link restoring them) are the same filters.
    expect(sharedVisibleCounts(graph, toggleLabel(toggleLabel(emptyFilters, 'Person'), 'Person'))).toBe(
      first,
    );
    // The layout's writes: bulk hinted positions, and placements merged as {x, y}.
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: 1, y: 2 }), {
      attributes: ['x', 'y'],
    });
    graph.mergeNodeAttributes('Person:a', { x: 3, y: 4 });
    graph.setNodeAttribute('Person:b', 'x', 5);
    expect(sharedVisibleCounts(graph, emptyFilters)).toBe(first);

    const hidden = toggleLabel(emptyFilters, 'Person');
    expect(sharedVisibleCounts(graph, hidden)).toMatchObject({ nodes: 0, edges: 0 });
    mergePayload(graph, graphPayload([person('c')], []));
    expect(sharedVisibleCounts(graph, emptyFilters)).toMatchObject({ nodes: 3, totalNodes: 3, edges: 1 });
    // A node's data changing (the style's refresh of every node, a merge of new properties) recounts.
    const beforeData = sharedVisibleCounts(graph, emptyFilters);
    graph.mergeNodeAttributes('Person:c', { nodeLabel: 'Statement' });
    const afterData = sharedVisibleCounts(graph, emptyFilters);
    expect(afterData).not.toBe(beforeData);
    expect(afterData.byLabel.get('Statement')).toBe(1);
    graph.updateEachNodeAttributes((_node, attributes) => attributes);
    expect(sharedVisibleCounts(graph, emptyFilters)).not.toBe(afterData);
    graph.dropEdge('e1');
    expect(sharedVisibleCounts(graph, emptyFilters)).toMatchObject({ edges: 0, totalEdges: 0 });
    // Each graph keeps its own.
    const other = createDataGraph();
    expect(sharedVisibleCounts(other, emptyFilters)).toMatchObject({ nodes: 0, totalNodes: 0 });
  });
});

describe('camera and rings', () => {
  it('frames the box of the points, never closer than a comfortable zoom', () => {
    const frame = frameFor([
      { x: 0.2, y: 0.2 },
      { x: 0.4, y: 0.3 },
    ]);
    expect(frame.x).toBeCloseTo(0.3);
    expect(frame.y).toBeCloseTo(0.25);
    expect(frame.ratio).toBeCloseTo(0.23);
    expect(frameFor([{ x: 0.5, y: 0.5 }]).ratio).toBeCloseTo(0.1725);
    expect(frameFor([])).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
  });
  it('spaces expanded neighbours evenly on a ring around their parent', () => {
    const points = ringPoints({ x: 10, y: -5 }, 4, 2);
    for (const point of points) expect(Math.hypot(point.x - 10, point.y + 5)).toBeCloseTo(2);
    expect(points[0]?.x).toBeCloseTo(12);
    expect(points[2]?.x).toBeCloseTo(8);
  });
});

describe('console timeouts', () => {
  const error = {
    status: 408,
    code: 'query_timeout',
    message: 'limit of 10000 ms',
    details: { timeoutMs: 10_000 },
  };
  it("says the server's limit and the reader's wait apart", () => {
    const text = timeoutText(error, 21_300);
    expect(text).toContain('its limit of 10.0 s');
    expect(text).toContain('You waited 21.3 s in all, of which 11.3 s before it could start');
    expect(timeoutText(error, 10_200)).not.toContain('before it could start');
  });
});

describe('url state with labels hidden by default', () => {
  it('leaves the default out, and says "nothing hidden" with an empty list', () => {
    const defaults = parseUrlState('');
    expect(defaults.hiddenLabels.sort()).toEqual(['ResourceClaim', 'Statement']);
    expect(serializeUrlState(defaults)).toBe('');
    const all = { ...defaults, hiddenLabels: [] };
    expect(serializeUrlState(all)).toBe('?hideLabels=');
    expect(parseUrlState(serializeUrlState(all)).hiddenLabels).toEqual([]);
  });
});
