// Who met whom over the API on the seed graph: people who attended, or were due to attend, the same Meeting.
// Not an `addressed` or `inferred` attendance, not an Event, and proposed or cancelled meetings only on request.
import { describe, expect, it } from 'vitest';
import { getJson } from '../server/api.ts';
import { useTestApp } from '../support/test-app.ts';

interface Edge {
  source: string;
  target: string;
}

function pairsOf(edges: Edge[]): string[] {
  return edges
    .map((edge) =>
      [edge.source, edge.target]
        .map((key) => key.replace(/^Person:/, ''))
        .sort()
        .join(' – '),
    )
    .sort();
}

describe('who met whom on the seed graph', () => {
  const app = useTestApp();

  async function pairs(query = ''): Promise<string[]> {
    const { status, body } = await getJson<{ graph: { edges: Edge[] } }>(
      app.url,
      `/api/who-met-whom${query}`,
    );
    expect(status).toBe(200);
    return pairsOf(body.graph.edges);
  }

  it('pairs only people who attended or were due to attend the same held or scheduled meeting', async () => {
    expect(await pairs()).toEqual([
      'donald-trump – emmanuel-macron',
      'donald-trump – keir-starmer',
      'donald-trump – volodymyr-zelenskyy',
    ]);
  });

  it('leaves out inferred attendance, addresses and events', async () => {
    const all = await pairs('?status=held,scheduled,proposed,cancelled');
    // Vance's presence at the Starmer meeting and Zelenskyy's at Bessent's visit are inferred, not reported.
    expect(all).not.toContain('jd-vance – keir-starmer');
    expect(all).not.toContain('donald-trump – jd-vance');
    expect(all).not.toContain('scott-bessent – volodymyr-zelenskyy');
    // Hegseth addressed the NATO meeting; Healey's presence is inferred; NATO is the body that met, no person.
    expect(all.filter((pair) => pair.includes('pete-hegseth') || pair.includes('john-healey'))).toEqual([]);
    // The inauguration and the invasions are Events: Trump and Putin "met" nobody there.
    expect(all.filter((pair) => pair.includes('vladimir-putin'))).toEqual([]);
  });

  it('shows the proposed state visit (Trump – King Charles) only when proposed meetings are asked for', async () => {
    expect(await pairs()).not.toContain('donald-trump – king-charles');
    expect(await pairs('?status=proposed')).toEqual(['donald-trump – king-charles']);
  });

  it('filters a window by the overlap of each meeting range', async () => {
    // Bessent's visit (20 Jan … 13 Feb, Zelenskyy inferred) has no pair; the Saudi sitting is of countries.
    expect(await pairs('?from=2025-02-10&to=2025-02-20')).toEqual([]);
    expect(await pairs('?from=2025-02-28&to=2025-03-31')).toEqual(['donald-trump – volodymyr-zelenskyy']);
  });
});
