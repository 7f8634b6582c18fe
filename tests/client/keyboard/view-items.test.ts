// The keyboard lists' contents: visible nodes by name, a node's drawn relations, filtering and type-ahead;
// and the console's positioned notes (error and warnings as offsets in the text that was run).
import { describe, expect, it } from 'vitest';
import { cypherState, positionedNotes } from '../../../client/cypher/cypher-state.ts';
import { emptyFilters, toggleLabel } from '../../../client/filters/filters-state.ts';
import { createDataGraph } from '../../../client/graph/data-graph.ts';
import { matching, nodeItems, relationItems, typeAhead } from '../../../client/keyboard/view-items.ts';
import { edgeData, nodeData } from '../graph-fixtures.ts';

function sample() {
  const graph = createDataGraph();
  graph.addNode('Person:zelenskyy', nodeData('Person', 'zelenskyy', { name: 'Volodymyr Zelenskyy' }));
  graph.addNode('Person:trump', nodeData('Person', 'trump', { name: 'Donald Trump' }));
  graph.addNode('Meeting:m1', nodeData('Meeting', 'm1', { name: 'Talks', status: 'held' }));
  graph.addNode('Topic:t', nodeData('Topic', 't', { name: 'Minerals' }));
  graph.addEdgeWithKey('a1', 'Person:trump', 'Meeting:m1', edgeData('ATTENDED'));
  graph.addEdgeWithKey('a2', 'Person:zelenskyy', 'Meeting:m1', edgeData('ATTENDED'));
  graph.addEdgeWithKey('ab', 'Meeting:m1', 'Topic:t', edgeData('ABOUT', { status: 'held' }));
  return graph;
}

describe('keyboard list items', () => {
  it('lists the nodes the filters let through, sorted by name', () => {
    const graph = sample();
    expect(nodeItems(graph, emptyFilters).map((item) => item.text)).toEqual([
      'Donald Trump',
      'Minerals',
      'Talks',
      'Volodymyr Zelenskyy',
    ]);
    const noTopics = toggleLabel(emptyFilters, 'Topic');
    expect(nodeItems(graph, noTopics).map((item) => item.key)).not.toContain('Topic:t');
  });

  it("lists a node's relations with type, direction and other end, only those drawn", () => {
    const graph = sample();
    expect(relationItems(graph, emptyFilters, 'Meeting:m1').map((item) => item.text)).toEqual([
      '← ATTENDED Donald Trump',
      '← ATTENDED Volodymyr Zelenskyy',
      '→ ABOUT Minerals',
    ]);
    const noTopics = toggleLabel(emptyFilters, 'Topic');
    expect(relationItems(graph, noTopics, 'Meeting:m1')).toHaveLength(2);
    expect(relationItems(graph, emptyFilters, 'Person:nobody')).toEqual([]);
  });

  it('filters by every word, ignoring case and accents, and type-ahead wraps from the current option', () => {
    const items = nodeItems(sample(), emptyFilters);
    expect(matching(items, 'ZELEN').map((item) => item.text)).toEqual(['Volodymyr Zelenskyy']);
    expect(matching(items, 'person trump').map((item) => item.text)).toEqual(['Donald Trump']);
    expect(matching(items, '  ')).toHaveLength(4);
    expect(matching([{ key: 'k', text: 'Élysée', detail: 'Place' }], 'elys')).toHaveLength(1);
    expect(typeAhead(items, 't', 0)).toBe(2);
    expect(typeAhead(items, 'd', 2)).toBe(0);
    expect(typeAhead(items, 'x', 0)).toBe(-1);
  });
});

describe('console notes with positions', () => {
  it('counts the server offsets in the text that was run, leading blanks added back', () => {
    const state = {
      ...cypherState.get(),
      ranQuery: '\n  MATCH (n RETURN n',
      error: {
        status: 400,
        code: 'bad_request',
        message: 'Invalid input',
        details: { position: { line: 1, column: 10, offset: 9 } },
      },
    };
    expect(positionedNotes(state)).toEqual([{ offset: 12, severity: 'error', message: 'Invalid input' }]);
    expect(positionedNotes({ ...state, error: { ...state.error, details: {} } })).toEqual([]);
    expect(positionedNotes({ ...state, ranQuery: null })).toEqual([]);
  });
});
