// The URL carries the shareable state: what goes out comes back the same, and defaults stay out.
import { describe, expect, it } from 'vitest';
import {
  defaultUrlState,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../client/url/url-state.ts';
import {
  decodeCamera,
  decodeExpansions,
  decodePositions,
  encodeCamera,
  encodeExpansions,
  encodePositions,
} from '../../client/url/view-code.ts';

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
      queryReplaces: true,
      colourBy: 'p.nationality',
      sizeByData: null,
      expanded: [
        { node: 'Person:keir-starmer', types: [] },
        { node: 'Country:US', types: ['ATTENDED', 'PART_OF'] },
      ],
      camera: { x: 12.5, y: -3.25, width: 640 },
      positions: encodePositions([{ key: 'Person:donald-trump', x: 1, y: 2 }]),
    };
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it('keeps style sources in the link: a colour, a size by data over a metric, nothing unknown', () => {
    const state = { ...defaultUrlState, colourBy: 'betweenness', sizeByData: 'sourceCount' };
    expect(serializeUrlState(state)).toBe('?size=sourceCount&colour=betweenness');
    expect(parseUrlState('?size=sourceCount&colour=betweenness')).toMatchObject({
      sizeBy: 'degree',
      sizeByData: 'sourceCount',
      colourBy: 'betweenness',
    });
    expect(parseUrlState('?size=pagerank')).toMatchObject({ sizeBy: 'pagerank', sizeByData: null });
    for (const bad of ['p.', 'p.a b', '<script>', 'label'])
      expect(parseUrlState(`?colour=${encodeURIComponent(bad)}`).colourBy).toBeNull();
    // A replace-view mark means nothing without its query.
    expect(parseUrlState('?qt=replace').queryReplaces).toBe(false);
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

describe('view code: positions, camera and expansions in a link', () => {
  const placed = Array.from({ length: 80 }, (_, i) => ({
    key: `Person:someone-with-a-long-name-${i}`,
    x: Math.cos(i) * 500 + i,
    y: Math.sin(i) * 300 - i * 2,
  }));

  it('positions come back within 1/4096 of the extent, for the same nodes in any order', () => {
    const code = encodePositions(placed) ?? '';
    const back = decodePositions(
      code,
      [...placed].reverse().map((p) => p.key),
    );
    expect(back?.size).toBe(80);
    const spanX = Math.max(...placed.map((p) => p.x)) - Math.min(...placed.map((p) => p.x));
    for (const p of placed) {
      const got = back?.get(p.key);
      expect(Math.abs((got?.x ?? Number.NaN) - p.x)).toBeLessThanOrEqual(spanX / 4095);
    }
    // Three bytes a node: 80 nodes fit in a few hundred characters, well under the ~2,000 a link may take.
    expect(new URLSearchParams({ pos: code }).toString().length).toBeLessThan(400);
  });

  it('positions made for other nodes, or damaged, are not applied', () => {
    const code = encodePositions(placed) ?? '';
    const keys = placed.map((p) => p.key);
    expect(decodePositions(code, keys.slice(1))).toBeNull();
    expect(decodePositions(code, [...keys.slice(1), 'Person:someone-else'])).toBeNull();
    expect(decodePositions(code.slice(0, -4), keys)).toBeNull();
    expect(decodePositions('nonsense', keys)).toBeNull();
    expect(encodePositions([])).toBeNull();
  });

  it('camera and expansions round-trip; bad ones are dropped', () => {
    const camera = { x: -120.25, y: 33.5, width: 812.125 };
    expect(decodeCamera(encodeCamera(camera))).toEqual(camera);
    for (const bad of ['1*2', '1*2*0', 'a*b*c', '', null]) expect(decodeCamera(bad)).toBeNull();
    const expanded = [
      { node: 'Person:donald-trump', types: ['ATTENDED'] },
      { node: 'Country:US', types: [] },
    ];
    expect(decodeExpansions(encodeExpansions(expanded))).toEqual(expanded);
    expect(decodeExpansions('nokey,Person:x*BAD-TYPE.OK')).toEqual([{ node: 'Person:x', types: ['OK'] }]);
  });
});
