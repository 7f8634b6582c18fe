// The URL carries the shareable state: what goes out comes back the same, and defaults stay out.
import { describe, expect, it } from 'vitest';
import {
  defaultUrlState,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../client/url/url-state.ts';

describe('url state', () => {
  it('keeps a plain view as a plain URL', () => {
    expect(serializeUrlState(defaultUrlState)).toBe('');
    expect(parseUrlState('')).toEqual(defaultUrlState);
  });

  it('round-trips selection, filters, time range, query, view mode and path', () => {
    const state: UrlState = {
      mode: 'meetings',
      selected: { kind: 'node', key: 'Person:donald-trump' },
      hiddenLabels: ['Article', 'Place'],
      hiddenTypes: ['MENTIONS'],
      hiddenStatuses: ['cancelled'],
      from: '2025-02-01',
      to: '2025-03-01',
      minSources: 2,
      query: 'MATCH (p:Person {id: $id}) RETURN p',
      params: '{"id":"donald-trump"}',
      sizeBy: 'pagerank',
      pathFrom: 'Person:donald-trump',
      pathTo: 'Person:vladimir-putin',
    };
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it('ignores malformed dates and unknown modes', () => {
    const state = parseUrlState('?view=nonsense&from=yesterday&to=2025-13');
    expect(state.mode).toBe('network');
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
  });

  it('keeps a usable sources threshold from a link and drops a bad one', () => {
    expect(serializeUrlState({ ...defaultUrlState, minSources: 3 })).toBe('?minSources=3');
    expect(parseUrlState('?minSources=3').minSources).toBe(3);
    for (const bad of ['0', '-2', '1.5', 'two', '1001'])
      expect(parseUrlState(`?minSources=${bad}`).minSources).toBe(1);
  });

  it('reads an edge selection', () => {
    expect(parseUrlState('?edge=e42').selected).toEqual({ kind: 'edge', key: 'e42' });
  });
});
