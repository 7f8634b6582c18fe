// The render layer without a browser: what sigma is told to draw comes from the reducers alone, whatever
// the data is called, and follows filters, highlights, hover and selection.
import { describe, expect, it } from 'vitest';
import { emptyFilters, toggleLabel, toggleType } from '../../client/filters/filters-state.ts';
import { createDataGraph, type DataGraph, mergePayload } from '../../client/graph/data-graph.ts';
import { parallelCurvature } from '../../client/graph/metrics.ts';
import {
  colourFor,
  DIMMED_EDGE,
  DIMMED_NODE,
  EDGE_COLOUR,
  HIGHLIGHT_EDGE,
} from '../../client/graph/palette.ts';
import { MET_STYLES } from '../../client/meetings/met-style.ts';
import { focusOf, type RenderContext, reduceEdge, reduceNode } from '../../client/render/reducers.ts';
import { sameFilters } from '../../client/render/same-filters.ts';
import {
  emptySelection,
  type SelectionState,
  withHighlight,
  withHover,
  withSelection,
} from '../../client/selection/selection-state.ts';
import { edgeData, nodeData, payload } from './graph-fixtures.ts';

/** Sigma's own names: the only keys a reducer may hand it. */
const SIGMA_KEYS = new Set([
  'x',
  'y',
  'label',
  'type',
  'size',
  'color',
  'hidden',
  'highlighted',
  'forceLabel',
  'zIndex',
  'curvature',
]);

/** Neo4j properties that happen to share sigma's names. */
const CLASHING = {
  size: 999,
  color: '#ff00ff',
  label: 'Data label',
  type: 'data-type',
  hidden: true,
  zIndex: 9,
};

function sampleGraph(): DataGraph {
  const graph = createDataGraph();
  mergePayload(
    graph,
    payload(
      [
        { key: 'Person:a', attributes: nodeData('Person', 'a', { name: 'Alice', ...CLASHING }) },
        { key: 'Person:b', attributes: nodeData('Person', 'b', { name: 'Bob' }) },
        { key: 'Meeting:m', attributes: nodeData('Meeting', 'm', { name: 'Talks', date: '2025-02-27' }) },
        { key: 'Country:c', attributes: nodeData('Country', 'c', { name: 'Far away' }) },
      ],
      [
        { key: 'att-a', source: 'Person:a', target: 'Meeting:m', attributes: edgeData('ATTENDED', CLASHING) },
        { key: 'att-b', source: 'Person:b', target: 'Meeting:m', attributes: edgeData('ATTENDED') },
        { key: 'met', source: 'Person:a', target: 'Person:b', attributes: edgeData('MET', { weight: 2 }) },
        { key: 'in-1', source: 'Meeting:m', target: 'Country:c', attributes: edgeData('HELD_AT') },
        { key: 'in-2', source: 'Meeting:m', target: 'Country:c', attributes: edgeData('DISCUSSED') },
      ],
    ),
  );
  graph.forEachNode((node, _a) => graph.mergeNodeAttributes(node, { x: 1, y: 2 }));
  return graph;
}

function contextFor(graph: DataGraph, selection: SelectionState = emptySelection, filters = emptyFilters) {
  const context: RenderContext = {
    graph,
    sizes: new Map([['Person:a', 12]]),
    curvature: parallelCurvature(graph),
    selection,
    filters,
    focus: focusOf(graph, selection, filters),
  };
  return {
    node: (key: string) => reduceNode(context, key, graph.getNodeAttributes(key)),
    edge: (key: string) => reduceEdge(context, key, graph.getEdgeAttributes(key)),
  };
}

describe('node reducer', () => {
  it('draws from the data names alone: Neo4j properties called size, color or label do not leak', () => {
    const graph = sampleGraph();
    const shown = contextFor(graph).node('Person:a');
    expect(shown).toMatchObject({ x: 1, y: 2, label: 'Alice', color: colourFor('Person'), size: 12 });
    expect(shown.hidden).toBeUndefined();
    expect(shown.zIndex).toBeUndefined();
    for (const key of Object.keys(shown)) expect(SIGMA_KEYS).toContain(key);
  });

  it('gives unsized nodes a default size and shortens long names', () => {
    const graph = sampleGraph();
    graph.mergeNodeAttributes('Person:b', { name: 'A statement far longer than thirty characters' });
    const shown = contextFor(graph).node('Person:b');
    expect(shown.size).toBe(5);
    expect(shown.label).toHaveLength(30);
    expect(shown.label?.endsWith('…')).toBe(true);
  });

  it('hides nodes whose label is filtered out, and meetings outside the time window', () => {
    const graph = sampleGraph();
    expect(
      contextFor(graph, emptySelection, toggleLabel(emptyFilters, 'Person')).node('Person:a').hidden,
    ).toBe(true);
    const window = { ...emptyFilters, from: '2025-03-01', to: null };
    expect(contextFor(graph, emptySelection, window).node('Meeting:m').hidden).toBe(true);
    expect(contextFor(graph, emptySelection, window).node('Person:a').hidden).toBeUndefined();
  });

  it('emphasises highlighted nodes and fades the others', () => {
    const graph = sampleGraph();
    const { node } = contextFor(graph, withHighlight(emptySelection, ['Person:b']));
    expect(node('Person:b')).toMatchObject({
      highlighted: true,
      forceLabel: true,
      color: colourFor('Person'),
    });
    expect(node('Country:c')).toMatchObject({ color: DIMMED_NODE, label: '' });
  });

  it('on hover keeps the node and its neighbours and fades the rest', () => {
    const graph = sampleGraph();
    const { node } = contextFor(graph, withHover(emptySelection, 'Person:a'));
    expect(node('Person:a')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(node('Meeting:m')).toMatchObject({
      color: colourFor('Meeting'),
      label: 'Talks',
      forceLabel: true,
    });
    expect(node('Country:c')).toMatchObject({ color: DIMMED_NODE, label: '' });
  });

  it('does not fade the view around a selected node that the filters hide', () => {
    const graph = sampleGraph();
    const selected = withSelection(emptySelection, { kind: 'node', key: 'Person:a' });
    const { node } = contextFor(graph, selected, toggleLabel(emptyFilters, 'Person'));
    expect(node('Country:c').color).toBe(colourFor('Country'));
  });
});

describe('edge reducer', () => {
  it('draws a relationship as an unlabelled arrow whatever its properties are called', () => {
    const shown = contextFor(sampleGraph()).edge('att-a');
    expect(shown).toEqual({ color: EDGE_COLOUR, size: 1, label: '', type: 'arrow' });
  });

  it('draws who-met-whom pairs as lines as thick as their meetings, labelled with the count', () => {
    expect(contextFor(sampleGraph()).edge('met')).toMatchObject({
      type: 'line',
      size: 6,
      label: '2 meetings',
      color: MET_STYLES.held.color,
    });
  });

  it('curves parallel relationships apart', () => {
    const { edge } = contextFor(sampleGraph());
    const [one, two] = [edge('in-1'), edge('in-2')] as { type?: string; curvature?: number }[];
    expect(one?.type).toBe('curvedArrow');
    expect(two?.type).toBe('curvedArrow');
    expect(one?.curvature).toBe(-(two?.curvature ?? 0));
  });

  it('hides filtered relationship types', () => {
    const { edge } = contextFor(sampleGraph(), emptySelection, toggleType(emptyFilters, 'ATTENDED'));
    expect(edge('att-a').hidden).toBe(true);
    expect(edge('in-1').hidden).toBeUndefined();
  });

  it('emphasises the selected relationship and path edges, and names them', () => {
    const selected = withSelection(emptySelection, { kind: 'edge', key: 'att-b' });
    expect(contextFor(sampleGraph(), selected).edge('att-b')).toMatchObject({
      color: HIGHLIGHT_EDGE,
      size: 3,
      label: 'ATTENDED',
      forceLabel: true,
    });
    const path = withHighlight(emptySelection, ['Person:a', 'Meeting:m'], ['att-a']);
    const { edge } = contextFor(sampleGraph(), path);
    expect(edge('att-a').color).toBe(HIGHLIGHT_EDGE);
    expect(edge('att-b')).toMatchObject({ color: DIMMED_EDGE, label: '' });
  });

  it('on hover names the relationships of the hovered node and fades the rest', () => {
    const { edge } = contextFor(sampleGraph(), withHover(emptySelection, 'Person:b'));
    expect(edge('att-b')).toMatchObject({ label: 'ATTENDED', forceLabel: true });
    expect(edge('in-1')).toMatchObject({ color: DIMMED_EDGE, label: '' });
  });
});

describe('same filters', () => {
  it('tells equal filters in new objects from filters that hide something else', () => {
    const copy = { ...emptyFilters, hiddenLabels: new Set(emptyFilters.hiddenLabels) };
    expect(sameFilters(emptyFilters, copy)).toBe(true);
    expect(sameFilters(toggleLabel(emptyFilters, 'Person'), toggleLabel(copy, 'Person'))).toBe(true);
    expect(sameFilters(emptyFilters, toggleLabel(emptyFilters, 'Person'))).toBe(false);
    expect(sameFilters(toggleLabel(emptyFilters, 'Person'), toggleLabel(emptyFilters, 'Meeting'))).toBe(
      false,
    );
    expect(sameFilters(emptyFilters, toggleType(emptyFilters, 'ATTENDED'))).toBe(false);
    expect(sameFilters(emptyFilters, { ...emptyFilters, hiddenStatuses: new Set(['held']) })).toBe(false);
    expect(sameFilters(emptyFilters, { ...emptyFilters, from: '2025-01-01' })).toBe(false);
    expect(sameFilters(emptyFilters, { ...emptyFilters, to: '2025-01-01' })).toBe(false);
    expect(sameFilters(emptyFilters, { ...emptyFilters, minSources: 2 })).toBe(false);
  });
});
