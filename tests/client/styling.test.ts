// Styling by data without a browser: the scales (categories, ramp, sizes), the values a source reads, the
// properties offered, and the reducer taking the style over the label's colour.
import { afterEach, describe, expect, it } from 'vitest';
import { emptyFilters } from '../../client/filters/filters-state.ts';
import { createDataGraph, type DataGraph, mergePayload } from '../../client/graph/data-graph.ts';
import { colourFor } from '../../client/graph/palette.ts';
import { reduceNode } from '../../client/render/reducers.ts';
import { emptySelection } from '../../client/selection/selection-state.ts';
import { colourStyle, keyForShown, sizeStyle } from '../../client/styling/node-style.ts';
import { propertyChoices } from '../../client/styling/node-values.ts';
import {
  CATEGORY_COLOURS,
  categories,
  MAX_SIZE,
  MIN_SIZE,
  MISSING_COLOUR,
  OTHER_COLOUR,
  RAMP_STOPS,
  rampColour,
  sizeOf,
} from '../../client/styling/scales.ts';
import { emptyStyle, styleState, validSource } from '../../client/styling/style-state.ts';
import { styledNode, stylesOf } from '../../client/styling/styled.ts';
import { edgeData, nodeData, payload } from './graph-fixtures.ts';

/** A star: a hub meeting attended by four people, statuses and a number on some nodes. */
function star(): DataGraph {
  const graph = createDataGraph();
  const people = ['a', 'b', 'c', 'd'].map((id, i) => ({
    key: `Person:${id}`,
    attributes: nodeData('Person', id, { age: 40 + i * 10, party: i < 2 ? 'red' : 'blue' }),
  }));
  mergePayload(
    graph,
    payload(
      [
        { key: 'Meeting:m', attributes: { ...nodeData('Meeting', 'm', { status: 'held' }), sourceCount: 3 } },
        { key: 'Meeting:n', attributes: { ...nodeData('Meeting', 'n', { status: 'held' }), sourceCount: 1 } },
        ...people,
      ],
      [
        ...people.map((p, i) => ({
          key: `e${i}`,
          // a → m → b, c, d: every path between people runs through the hub.
          source: i === 0 ? p.key : 'Meeting:m',
          target: i === 0 ? 'Meeting:m' : p.key,
          attributes: edgeData('ATTENDED'),
        })),
        { key: 'e9', source: 'Person:a', target: 'Meeting:n', attributes: edgeData('ATTENDED') },
      ],
    ),
  );
  return graph;
}

afterEach(() => styleState.set(emptyStyle));

describe('styling scales', () => {
  it('categories: by count then name, ten colours, the rest counted as other', () => {
    const values = [
      'b',
      'a',
      'b',
      'c',
      ...Array.from({ length: 12 }, (_, i) => `v${String(i).padStart(2, '0')}`),
    ];
    const { shown, other } = categories(values);
    expect(shown.slice(0, 3).map((c) => [c.value, c.count])).toEqual([
      ['b', 2],
      ['a', 1],
      ['c', 1],
    ]);
    expect(shown.map((c) => c.colour)).toEqual([...CATEGORY_COLOURS]);
    expect(other).toBe(values.length - 2 - 9);
  });

  it('ramp: the stops at the ends and the middle, clamped outside', () => {
    expect(rampColour(0)).toBe(RAMP_STOPS[0]);
    expect(rampColour(0.5)).toBe(RAMP_STOPS[2]);
    expect(rampColour(1)).toBe(RAMP_STOPS[4]);
    expect(rampColour(7)).toBe(RAMP_STOPS[4]);
    expect(rampColour(Number.NaN)).toBe(RAMP_STOPS[0]);
    expect(rampColour(0.125)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('sizes: min and max at the ends, a square-root scale between, one value no range', () => {
    expect(sizeOf(0, 0, 100)).toBe(MIN_SIZE);
    expect(sizeOf(100, 0, 100)).toBe(MAX_SIZE);
    expect(sizeOf(25, 0, 100)).toBe(MIN_SIZE + 0.5 * (MAX_SIZE - MIN_SIZE));
    expect(sizeOf(5, 5, 5)).toBe(MIN_SIZE);
  });
});

describe('styling a graph', () => {
  it('colours by a text property: one colour per value, no value in grey', () => {
    const graph = star();
    const { colours, key } = colourStyle(graph, 'p.party');
    expect(key).toMatchObject({ kind: 'categories', title: 'party', missing: 2, other: 0 });
    expect(colours.get('Person:a')).toBe(colours.get('Person:b'));
    expect(colours.get('Person:a')).not.toBe(colours.get('Person:c'));
    expect(colours.get('Meeting:m')).toBe(MISSING_COLOUR);
    expect(colours.get('Person:c')).not.toBe(OTHER_COLOUR);
  });

  it('colours and sizes by a number, sourceCount and betweenness: a ramp from min to max', () => {
    const graph = star();
    const age = colourStyle(graph, 'p.age');
    expect(age.key).toMatchObject({ kind: 'ramp', min: 40, max: 70, missing: 2 });
    expect(age.colours.get('Person:a')).toBe(RAMP_STOPS[0]);
    expect(age.colours.get('Person:d')).toBe(RAMP_STOPS[4]);
    const sources = colourStyle(graph, 'sourceCount');
    expect(sources.key).toMatchObject({ kind: 'ramp', min: 1, max: 3, missing: 4 });
    const between = colourStyle(graph, 'betweenness');
    // The hub meeting lies on every path between people: the darkest end of the ramp.
    expect(between.colours.get('Meeting:m')).toBe(RAMP_STOPS[4]);
    const sized = sizeStyle(graph, 'p.age');
    expect(sized?.sizes.get('Person:d')).toBe(MAX_SIZE);
    expect(sizeStyle(graph, 'p.party')).toBeNull();
  });

  it('the key counts the shown nodes only, and lists no value that is not shown', () => {
    const graph = star();
    const { colours, key } = colourStyle(graph, 'p.party');
    const shown = keyForShown(key, colours, ['Person:a', 'Person:b', 'Meeting:m']);
    expect(shown).toMatchObject({ kind: 'categories', missing: 1, other: 0 });
    expect(shown.kind === 'categories' && shown.shown.map((c) => [c.value, c.count])).toEqual([['red', 2]]);
  });

  it('offers numeric properties and texts with few values, not names or ids that differ everywhere', () => {
    const graph = star();
    for (let i = 0; i < 45; i += 1)
      mergePayload(
        graph,
        payload([{ key: `Person:x${i}`, attributes: nodeData('Person', `x${i}`, { name: `X ${i}` }) }], []),
      );
    const offered = propertyChoices(graph).map((c) => [c.name, c.numeric]);
    expect(offered).toEqual(
      expect.arrayContaining([
        ['age', true],
        ['party', false],
        ['status', false],
      ]),
    );
    expect(offered.map(([name]) => name)).not.toContain('name');
    expect(offered.map(([name]) => name)).not.toContain('id');
    expect(validSource('p.age')).toBe(true);
    expect(validSource('p.a-b')).toBe(false);
  });

  it('the reducer keeps the label colour by default and takes the style when one is chosen', () => {
    const graph = star();
    const context = {
      graph,
      sizes: new Map<string, number>(),
      curvature: new Map<string, number>(),
      selection: emptySelection,
      filters: { ...emptyFilters, hiddenLabels: new Set<string>() },
      focus: null,
    };
    const data = graph.getNodeAttributes('Person:c');
    expect(styledNode(graph, 'Person:c')).toEqual({});
    expect(reduceNode(context, 'Person:c', data).color).toBe(colourFor('Person'));
    styleState.set({ colourBy: 'p.party', sizeBy: 'p.age' });
    const styled = reduceNode(context, 'Person:c', data);
    expect(styled.color).toBe(colourStyle(graph, 'p.party').colours.get('Person:c'));
    expect(styled.size).toBe(sizeOf(60, 40, 70));
    // Cached until the graph or the style changes: a new node restyles.
    const first = stylesOf(graph);
    expect(stylesOf(graph)).toBe(first);
    mergePayload(graph, payload([{ key: 'Person:e', attributes: nodeData('Person', 'e', { age: 90 }) }], []));
    expect(stylesOf(graph)).not.toBe(first);
    expect(stylesOf(graph).sizeKey).toMatchObject({ min: 40, max: 90 });
  });
});
