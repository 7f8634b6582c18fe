// Pure helpers of the client: quotes in context, time windows, filters, completion, history, expansion counts.
import { describe, expect, it } from 'vitest';
import { completionsFor } from '../../client/cypher/cypher-language.ts';
import { parseParams } from '../../client/cypher/cypher-state.ts';
import { withEntry } from '../../client/cypher/history.ts';
import { cellText } from '../../client/cypher/results-table.ts';
import { countsByType } from '../../client/expand/expand-state.ts';
import { emptyFilters, nodePasses, toggleLabel, withTimeRange } from '../../client/filters/filters-state.ts';
import { fromDay, nextWindow, spanOf, toDay } from '../../client/filters/time-window.ts';
import { createDataGraph, mergePayload, removeAdded } from '../../client/graph/data-graph.ts';
import { parallelCurvature } from '../../client/graph/metrics.ts';
import { quoteInContext } from '../../client/sources/quote-context.ts';
import { edgeData, payload as graphPayload, nodeData } from './graph-fixtures.ts';

describe('quoteInContext', () => {
  const text =
    'First sentence here.\n\n"It\u2019s a backstop,  you could say," Trump told reporters. Last one.';
  it('finds a quote across curly quotes and extra whitespace, with its surroundings', () => {
    const found = quoteInContext(text, '"It\'s a backstop, you could say," Trump told reporters.');
    expect(found?.quote).toBe('"It\u2019s a backstop,  you could say," Trump told reporters.');
    expect(found?.before).toContain('First sentence');
    expect(found?.after).toContain('Last one');
  });
  it('returns null for words the article does not contain', () => {
    expect(quoteInContext(text, 'never said')).toBeNull();
  });
});

describe('time window', () => {
  it('converts days both ways and spans dates', () => {
    expect(fromDay(toDay('2025-02-27'))).toBe('2025-02-27');
    expect(spanOf(['2025-03-01', '2025-02-27', 'bad'])).toEqual({
      min: toDay('2025-02-27'),
      max: toDay('2025-03-01'),
    });
    expect(spanOf([])).toBeNull();
  });
  it('plays forward at a fixed width and wraps at the end', () => {
    const span = { min: 0, max: 10 };
    expect(nextWindow(span, 0, 3, 2)).toEqual([2, 5]);
    expect(nextWindow(span, 7, 10, 2)).toEqual([0, 3]);
  });
});

describe('filters', () => {
  const meeting = nodeData('Meeting', 'm', { date: '2025-02-27', status: 'held' });
  it('hides labels and meetings outside the window', () => {
    expect(nodePasses(emptyFilters, meeting)).toBe(true);
    expect(nodePasses(toggleLabel(emptyFilters, 'Meeting'), meeting)).toBe(false);
    expect(nodePasses(withTimeRange(emptyFilters, '2025-03-01', null), meeting)).toBe(false);
    expect(nodePasses(withTimeRange(emptyFilters, '2025-02-27', '2025-02-27'), meeting)).toBe(true);
    expect(nodePasses(withTimeRange(emptyFilters, '2025-01-01', null), nodeData('Person', 'p'))).toBe(true);
  });
  it('hides meetings of a hidden status, and dateless meetings once a window is set', () => {
    const hidden = { ...emptyFilters, hiddenStatuses: new Set(['held']) };
    expect(nodePasses(hidden, meeting)).toBe(false);
    const dateless = nodeData('Meeting', 'd', { status: 'proposed' });
    expect(nodePasses(emptyFilters, dateless)).toBe(true);
    expect(nodePasses(withTimeRange(emptyFilters, '2025-01-01', null), dateless)).toBe(false);
  });
});

describe('cypher console helpers', () => {
  const schema = {
    labels: ['Person', 'Meeting'],
    relationshipTypes: ['ATTENDED'],
    propertyKeys: ['name', 'date'],
  };
  it('completes labels after a colon, types inside brackets and keys after a dot', () => {
    expect(completionsFor(schema, 'MATCH (p:Pe')?.options.map((o) => o.label)).toContain('Person');
    expect(completionsFor(schema, 'MATCH (p)-[r:AT')?.options.map((o) => o.label)).toEqual(['ATTENDED']);
    expect(completionsFor(schema, 'RETURN p.na')?.options.map((o) => o.label)).toEqual(['name', 'date']);
  });
  it('accepts only a JSON object as parameters', () => {
    expect(parseParams(' ')).toEqual({});
    expect(parseParams('{"id": "x"}')).toEqual({ id: 'x' });
    expect(() => parseParams('[1]')).toThrow(/JSON object/);
  });
  it('names nodes by name and label, relationships by type and role, in table cells', () => {
    const trump = { key: 'Person:t', labels: ['Person'], properties: { id: 't', name: 'Donald Trump' } };
    const attended = {
      key: 'ATTENDED:a->b',
      type: 'ATTENDED',
      source: 'Person:t',
      target: 'Meeting:m',
      properties: { role: 'host' },
    };
    expect(cellText(trump)).toBe('Donald Trump (Person)');
    expect(cellText(attended)).toBe('[:ATTENDED] (host)');
    expect(cellText([1, null, 'x'])).toBe('[1, , x]');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });
  it('keeps history newest first without duplicates', () => {
    const one = { query: 'A', params: '{}' };
    const two = { query: 'B', params: '{}' };
    expect(withEntry(withEntry(withEntry([], one), two), one)).toEqual([one, two]);
  });
});

describe('graph data', () => {
  const payload = graphPayload(
    [
      { key: 'Person:a', attributes: nodeData('Person', 'a', { name: 'A' }) },
      { key: 'Person:b', attributes: nodeData('Person', 'b', { name: 'B' }) },
    ],
    [
      { key: 'e1', source: 'Person:a', target: 'Person:b', attributes: edgeData('MET') },
      { key: 'e2', source: 'Person:b', target: 'Person:a', attributes: edgeData('MET') },
    ],
  );
  it('merges, then undoes exactly what it added', () => {
    const graph = createDataGraph();
    graph.addNode('Person:a', { ...nodeData('Person', 'a'), x: 1, y: 2 });
    const added = mergePayload(graph, payload);
    expect(added).toEqual({ nodes: ['Person:b'], edges: ['e1', 'e2'] });
    expect(graph.getNodeAttribute('Person:a', 'x')).toBe(1);
    removeAdded(graph, added);
    expect(graph.order).toBe(1);
    expect(graph.size).toBe(0);
  });
  it('curves parallel edges apart, opposite directions included', () => {
    const graph = createDataGraph();
    mergePayload(graph, payload);
    const curvature = parallelCurvature(graph);
    expect(curvature.get('e1')).toBeCloseTo(curvature.get('e2') ?? 0);
    expect(curvature.get('e1')).not.toBe(0);
  });
  it('adds left-out counts to the received ones by type', () => {
    expect(countsByType(['ATTENDED', 'ATTENDED', 'SAID'], { ATTENDED: 3, MADE: 1 })).toEqual([
      { type: 'ATTENDED', count: 5 },
      { type: 'SAID', count: 1 },
      { type: 'MADE', count: 1 },
    ]);
  });
});
