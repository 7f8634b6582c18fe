// GET /api/meetings and /api/who-met-whom: the seed graph's meetings, in date order, with their sources.
import { describe, expect, it } from 'vitest';
import { propertiesToJson } from '../../../server/db/to-json.ts';
import { metPairs } from '../../../server/graph/met.ts';
import { nodeData, nodeKey } from '../../../server/graph/model.ts';
import { getTestDriver } from '../../support/database.ts';
import { useTestApp } from '../../support/test-app.ts';
import { getJson } from '../api.ts';

interface Meeting {
  key: string;
  date: string | null;
  status: string;
  place: { key: string; name: string } | null;
  participants: { key: string; role: string | null }[];
  sources: {
    article: { id: string; title: string | null; titleInferred: string | null };
    quote: string | null;
  }[];
}

describe('who met whom', () => {
  const app = useTestApp();

  it('lists every meeting Trump attended, in date order, each with participants and sources', async () => {
    const expected = await getTestDriver().executeQuery(
      // Attended or due to attend, held or scheduled: proposed and cancelled meetings only on request.
      `MATCH (:Person {id:'donald-trump'})-[a:ATTENDED]->(m:Meeting)
       WHERE a.attendance IN ['attended', 'due'] AND m.status IN ['held', 'scheduled']
       RETURN m.id AS id ORDER BY m.dateFrom, m.dateTo, m.id`,
      {},
      { database: 'neo4j' },
    );
    const { status, body } = await getJson<{ meetings: Meeting[] }>(
      app.url,
      '/api/meetings?participant=Person:donald-trump',
    );
    expect(status).toBe(200);
    expect(body.meetings.map((m) => m.key)).toEqual(expected.records.map((r) => `Meeting:${r.get('id')}`));
    const dated = body.meetings.map((m) => m.date).filter((date): date is string => date !== null);
    expect(dated).toEqual([...dated].sort());
    for (const meeting of body.meetings) {
      expect(meeting.participants.map((p) => p.key)).toContain('Person:donald-trump');
      expect(meeting.sources.length).toBeGreaterThan(0);
      // No seed text prints a headline: the title is the inferred one, under its own name.
      const article = meeting.sources[0]?.article;
      expect(article?.title ?? article?.titleInferred).toEqual(expect.any(String));
    }
  });

  it('finds that Starmer and Trump met at the White House on 2025-02-27, with quotes', async () => {
    const { body } = await getJson<{ meetings: Meeting[] }>(
      app.url,
      '/api/meetings?participant=Person:keir-starmer,Person:donald-trump&from=2025-02-27&to=2025-02-27&status=held',
    );
    expect(body.meetings.length).toBeGreaterThan(0);
    const atWhiteHouse = body.meetings.find((m) => m.place?.key === 'Place:white-house');
    expect(atWhiteHouse?.date).toBe('2025-02-27');
    expect(atWhiteHouse?.status).toBe('held');
    expect(atWhiteHouse?.sources.some((s) => (s.quote ?? '').length > 0)).toBe(true);
  });

  it('filters by place, including places inside it, and by date range', async () => {
    const { body } = await getJson<{ meetings: Meeting[] }>(app.url, '/api/meetings?place=Place:white-house');
    expect(body.meetings.map((m) => m.key)).toEqual(
      expect.arrayContaining(['Meeting:meeting-macron-trump-2025-02-24']),
    );
    for (const meeting of body.meetings) expect(meeting.place?.key).toBe('Place:white-house');
    const { body: inFebruary } = await getJson<{ meetings: Meeting[] }>(
      app.url,
      '/api/meetings?from=2025-02-25&to=2025-02-26',
    );
    for (const meeting of inFebruary.meetings) expect(meeting.date ?? '').toMatch(/^2025-02-2[56]$/);
    expect(inFebruary.meetings.some((m) => m.key.includes('cabinet'))).toBe(true);
  });

  it('finds a meeting that began before the window, however long: the seed writes each meeting’s span', async () => {
    // spanDays (docs/data-model.md) bounds the window's seek; every dated seed meeting has it.
    const spans = await getTestDriver().executeQuery(
      `MATCH (m:Meeting) WHERE m.dateFrom IS NOT NULL
       RETURN m.id AS id, m.spanDays AS span, duration.inDays(m.dateFrom, m.dateTo).days AS days
       ORDER BY m.spanDays DESC, m.id`,
      {},
      { database: 'neo4j' },
    );
    expect(spans.records.length).toBeGreaterThan(5);
    for (const record of spans.records) expect(record.get('span')).toEqual(record.get('days'));
    // The longest: the Bucharest Summit, dated to its year (2008-01-01 … 2008-12-31, 365 days).
    expect(spans.records[0]?.get('id')).toBe('meeting-nato-bucharest-summit-2008');
    expect(Number(spans.records[0]?.get('span'))).toBe(365);
    // Its last day alone: the seek must start exactly the longest span before the window.
    const all = 'status=held,scheduled,proposed,cancelled';
    const keys = (list: { key: string }[]) => list.map((m) => m.key);
    const [{ body: meetings }, { body: met }] = await Promise.all([
      getJson<{ meetings: Meeting[] }>(app.url, `/api/meetings?${all}&from=2008-12-31&to=2008-12-31`),
      getJson<{ notShown: { key: string }[] }>(
        app.url,
        `/api/who-met-whom?${all}&from=2008-12-31&to=2008-12-31`,
      ),
    ]);
    expect(keys(meetings.meetings)).toContain('Meeting:meeting-nato-bucharest-summit-2008');
    expect(keys(met.notShown)).toContain('Meeting:meeting-nato-bucharest-summit-2008');
    // And a shorter one: Bessent's visit (20 Jan … 13 Feb 2025) on its last day.
    const { body: lastDay } = await getJson<{ meetings: Meeting[] }>(
      app.url,
      `/api/meetings?${all}&from=2025-02-13&to=2025-02-13`,
    );
    expect(keys(lastDay.meetings)).toContain('Meeting:meeting-bessent-zelenskyy-kyiv-2025');
  });

  it('answers an unknown participant with 404', async () => {
    const { status } = await getJson(app.url, '/api/meetings?participant=Nobody:x');
    expect(status).toBe(404);
  });

  it('projects who met whom as a graph: Trump–Starmer with weight, dates, meetings and sources', async () => {
    const { status, body } = await getJson(app.url, '/api/who-met-whom');
    expect(status).toBe(200);
    const edge = body.graph.edges.find(
      (e: { source: string; target: string }) =>
        [e.source, e.target].sort().join() === ['Person:donald-trump', 'Person:keir-starmer'].sort().join(),
    );
    expect(edge.attributes.relType).toBe('MET');
    const shared = await getTestDriver().executeQuery(
      "MATCH (:Person {id:'donald-trump'})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(:Person {id:'keir-starmer'}) RETURN count(m) AS n",
      {},
      { database: 'neo4j' },
    );
    expect(edge.attributes.properties.weight).toBe(Number(shared.records[0]?.get('n')));
    expect(edge.attributes.properties.meetings).toHaveLength(edge.attributes.properties.weight);
    expect(edge.attributes.properties.firstDate).toBe('2025-02-27');
    expect(edge.attributes.properties.sources.length).toBeGreaterThan(0);
    for (const node of body.graph.nodes) expect(node.attributes.nodeLabel).toBe('Person');
  });

  it('limits who met whom to a window', async () => {
    const { body } = await getJson(app.url, '/api/who-met-whom?from=2025-02-27&to=2025-02-27');
    for (const edge of body.graph.edges) {
      const { firstDate, lastDate } = edge.attributes.properties;
      expect(firstDate >= '2025-02-27' && lastDate <= '2025-02-27').toBe(true);
    }
    expect(body.graph.edges.length).toBeGreaterThan(0);
  });
  it('answers as its graph exactly the MET pairs the exporters read (server/graph/met.ts), as JSON', async () => {
    // The API builds its edges as the records arrive (server/meetings/met-graph.ts); the exporters keep driver
    // values. Both must say the same, filters included.
    const statuses = ['held', 'scheduled', 'proposed', 'cancelled'];
    for (const query of [`status=${statuses.join(',')}`, 'minSources=2&from=2025-01-01']) {
      const filter = query.startsWith('status')
        ? { status: statuses }
        : { minSources: 2, from: '2025-01-01' };
      const [{ status, body }, pairs] = await Promise.all([
        getJson(app.url, `/api/who-met-whom?${query}`),
        metPairs({ driver: app.driver, config: app.config }, filter),
      ]);
      expect(status).toBe(200);
      expect(pairs.length).toBeGreaterThan(1);
      const nodes = new Map(
        pairs.flatMap((pair) => [pair.a, pair.b]).map((node) => [nodeKey(node), nodeData(node)] as const),
      );
      expect(body.graph.nodes).toEqual(
        [...new Set(pairs.flatMap((pair) => [pair.source, pair.target]))].map((key) => ({
          key,
          attributes: nodes.get(key),
        })),
      );
      expect(body.graph.edges).toEqual(
        pairs.map((pair) => ({
          key: pair.key,
          source: pair.source,
          target: pair.target,
          attributes: { relType: 'MET', properties: propertiesToJson(pair.properties) },
        })),
      );
    }
  });

  it('accounts for every meeting: in a pair, or listed as not shown (the US–Russia talks of two countries)', async () => {
    const statuses = 'held,scheduled,proposed,cancelled';
    const [{ body: met }, { body: all }] = await Promise.all([
      getJson(app.url, `/api/who-met-whom?status=${statuses}`),
      getJson(app.url, `/api/meetings?status=${statuses}`),
    ]);
    const paired = new Set<string>(
      met.graph.edges.flatMap(
        (e: { attributes: { properties: { meetings: string[] } } }) => e.attributes.properties.meetings,
      ),
    );
    const notShown: { key: string; attendees: { key: string; label: string }[] }[] = met.notShown;
    expect(notShown.length).toBeGreaterThan(0);
    for (const meeting of notShown) {
      expect(paired.has(meeting.key)).toBe(false);
      expect(meeting.attendees.filter((a) => a.label === 'Person').length).toBeLessThan(2);
    }
    expect(new Set([...paired, ...notShown.map((m) => m.key)])).toEqual(
      new Set(all.meetings.map((m: { key: string }) => m.key)),
    );
    const saudi = notShown.find((m) => m.key === 'Meeting:meeting-us-russia-saudi-arabia-2025-02');
    expect(saudi?.attendees.map((a) => a.key).sort()).toEqual(['Country:RU', 'Country:US']);
    // The same window applies: a February window leaves out the 2008 summit, the whole range keeps it.
    const { body: february } = await getJson(
      app.url,
      `/api/who-met-whom?status=${statuses}&from=2025-02-01&to=2025-02-28`,
    );
    const keys = (list: { key: string }[]) => list.map((m) => m.key);
    expect(keys(notShown)).toContain('Meeting:meeting-nato-bucharest-summit-2008');
    expect(keys(february.notShown)).not.toContain('Meeting:meeting-nato-bucharest-summit-2008');
    expect(keys(february.notShown)).toContain('Meeting:meeting-us-russia-saudi-arabia-2025-02');
  });
});
