// "Reported by at least N sources": which nodes the filter hides, and what an export from the view asks for.
import { describe, expect, it } from 'vitest';
import { exportFileName, exportRequest, type ViewForExport } from '../../client/export/export-request.ts';
import { emptyFilters, nodePasses, withMinSources } from '../../client/filters/filters-state.ts';
import { visibleCounts } from '../../client/filters/visible-counts.ts';
import { createDataGraph, mergePayload } from '../../client/graph/data-graph.ts';
import { nodeData, payload } from './graph-fixtures.ts';

const fact = (label: string, id: string, sourceCount?: number) => ({
  ...nodeData(label, id),
  ...(sourceCount === undefined ? {} : { sourceCount }),
});

describe('the sources filter', () => {
  const two = withMinSources(emptyFilters, 2);

  it('hides facts reported by fewer articles, and never actors', () => {
    expect(nodePasses(two, fact('Meeting', 'm1', 1))).toBe(false);
    expect(nodePasses(two, fact('Meeting', 'm2', 2))).toBe(true);
    for (const label of ['Statement', 'ResourceClaim', 'Agreement', 'Event']) {
      expect(nodePasses(two, fact(label, 'f', 1)), label).toBe(false);
      expect(nodePasses(two, fact(label, 'f', 3)), label).toBe(true);
    }
    expect(nodePasses(two, fact('Person', 'p'))).toBe(true);
    // A fact without a count (a console result) cannot be shown to pass.
    expect(nodePasses(two, fact('Meeting', 'm3'))).toBe(false);
    expect(nodePasses(emptyFilters, fact('Meeting', 'm1', 1))).toBe(true);
    expect(nodePasses(emptyFilters, fact('Meeting', 'm3'))).toBe(true);
  });

  it('takes only whole numbers from 1 to 1000', () => {
    expect(withMinSources(emptyFilters, 0).minSources).toBe(1);
    expect(withMinSources(emptyFilters, 2.5).minSources).toBe(1);
    expect(withMinSources(emptyFilters, 3).minSources).toBe(3);
  });

  it('the "showing X of Y" counts follow it, edges with their ends', () => {
    const graph = createDataGraph();
    mergePayload(
      graph,
      payload(
        [
          { key: 'p', attributes: fact('Person', 'p') },
          { key: 'm1', attributes: fact('Meeting', 'm1', 1) },
          { key: 'm2', attributes: fact('Meeting', 'm2', 2) },
        ],
        [
          { key: 'e1', source: 'p', target: 'm1', attributes: { relType: 'ATTENDED', properties: {} } },
          { key: 'e2', source: 'p', target: 'm2', attributes: { relType: 'ATTENDED', properties: {} } },
        ],
      ),
    );
    expect(visibleCounts(graph, two)).toMatchObject({ nodes: 2, totalNodes: 3, edges: 1, totalEdges: 2 });
  });
});

describe('an export from the view', () => {
  const base: ViewForExport = {
    mode: 'network',
    selected: null,
    filters: emptyFilters,
    visibleKeys: () => ['Person:a', 'Meeting:b'],
  };

  it('asks for both CSV parts in one zip, and for the threshold when one is set', () => {
    const csv = exportRequest('csv', { ...base, filters: withMinSources(emptyFilters, 2) });
    expect(csv.body).toEqual({ format: 'csv', part: 'zip', keys: ['Person:a', 'Meeting:b'], minSources: 2 });
    expect(csv.what).toBe('network-min2sources');
    expect(exportRequest('gexf', base).body).toEqual({ format: 'gexf', keys: ['Person:a', 'Meeting:b'] });
  });

  it('exports who met whom as the projection, and a selection as its neighbourhood', () => {
    const hidden = { ...emptyFilters, hiddenStatuses: new Set(['proposed']), from: '2025-02-01' };
    expect(exportRequest('json', { ...base, mode: 'meetings', filters: hidden }).body).toEqual({
      format: 'json',
      meetings: { from: '2025-02-01', status: ['held', 'scheduled', 'cancelled'] },
    });
    const ego = exportRequest('json', { ...base, selected: { kind: 'node', key: 'Person:donald-trump' } });
    expect(ego.body).toEqual({ format: 'json', ego: 'Person:donald-trump', depth: 1 });
    expect(ego.what).toBe('ego-Person-donald-trump');
  });

  it('names the file by what and when', () => {
    expect(exportFileName('network', 'zip', new Date(2026, 10, 30, 9, 5))).toBe(
      'actorgraph-network-2026-11-30-0905.zip',
    );
  });
});
