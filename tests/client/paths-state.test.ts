// The path finder's pure helpers: the request it sends, options kept in range, a path written with names,
// relationship types and directions.
import { describe, expect, it } from 'vitest';
import {
  describePath,
  emptyPaths,
  optionsSummary,
  pathRequest,
  withOptions,
} from '../../client/paths/paths-state.ts';

const ends = {
  ...emptyPaths,
  from: { key: 'Person:a', name: 'A' },
  to: { key: 'Person:c', name: 'C' },
};
const ALL = ['ATTENDED', 'MENTIONS', 'MET', 'REPORTED_IN'];

describe('path finder state', () => {
  it('asks for 3 paths of ≤ 6 hops avoiding statements and claims, the default types left to the server', () => {
    expect(pathRequest(emptyPaths)).toBeNull();
    expect(pathRequest(ends, ALL)).toEqual({
      from: 'Person:a',
      to: 'Person:c',
      k: 3,
      maxLength: 6,
      avoid: 'Statement,ResourceClaim',
    });
    const chosen = withOptions(ends, { types: ['MET', 'REPORTED_IN'], avoidSentences: false });
    expect(pathRequest(chosen, ALL)).toEqual({
      from: 'Person:a',
      to: 'Person:c',
      k: 3,
      maxLength: 6,
      types: 'MET,REPORTED_IN',
    });
    // Ticking exactly the default types is the default: nothing is sent.
    expect(
      pathRequest(withOptions(ends, { types: ['MET', 'ATTENDED'] }), ['ATTENDED', 'MET'])?.types,
    ).toBeUndefined();
  });

  it('keeps k and the hop limit within what the API accepts', () => {
    const options = (change: Parameters<typeof withOptions>[1]) => withOptions(ends, change).options;
    expect(options({ k: 0, maxLength: 99 })).toMatchObject({ k: 1, maxLength: 10 });
    expect(options({ k: 2.6, maxLength: Number.NaN })).toMatchObject({ k: 3, maxLength: 6 });
    expect(optionsSummary(options({ k: 1, maxLength: 2, avoidSentences: false }))).toBe('1 path, ≤ 2 hops');
    expect(optionsSummary(ends.options)).toBe('3 paths, ≤ 6 hops, no statements or claims');
  });

  it('writes a path as names with typed arrows that point the way each relationship does', () => {
    const names: Record<string, string> = { 'Person:a': 'A', 'Meeting:m': 'M', 'Person:c': 'C' };
    const text = describePath(
      {
        nodes: ['Person:a', 'Meeting:m', 'Person:c'],
        edges: ['e1', 'e2'],
        steps: [
          { edge: 'e1', type: 'ATTENDED', direction: 'forward' },
          { edge: 'e2', type: 'ATTENDED', direction: 'backward' },
        ],
      },
      (key) => names[key] ?? key,
    );
    expect(text).toBe('A —ATTENDED→ M ←ATTENDED— C');
  });
});
