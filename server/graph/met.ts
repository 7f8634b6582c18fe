// Who met whom, the person-to-person projection of meetings: one undirected pair per edge, written once for
// the API and the exporters.
import neo4j, { type Integer, type Record as Neo4jRecord, type Node } from 'neo4j-driver';
import { edgeKey } from '../../contract/index.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { type ReadContext, readQuery } from '../db/read.ts';
import { jsonText } from '../db/to-json.ts';
import { nodeKey } from './model.ts';

export const whoMetWhomQuery = cypherFile(import.meta.url, '../meetings/queries/who-met-whom.cypher');

/** The columns of who-met-whom.cypher. */
export interface PairRecord {
  a: Node;
  b: Node;
  weight: Integer;
  meetingIds: string[];
  statuses: string[];
  firstDate: unknown;
  lastDate: unknown;
  sources: string[];
}

export interface MetFilter {
  from?: string | null | undefined;
  to?: string | null | undefined;
  status?: string[] | undefined;
  /** Only meetings reported by at least this many distinct published articles. */
  minSources?: number | null | undefined;
}

export interface MetPair {
  a: Node;
  b: Node;
  key: string;
  source: string;
  target: string;
  /** Driver values, so exporters keep integers and dates typed: {weight, meetings, statuses, …}. */
  properties: Record<string, unknown>;
}

/** An open end of the window becomes the earliest or latest date, so the range can use the date index. */
export function whoMetWhomParams(filter: MetFilter) {
  const windowed = Boolean(filter.from || filter.to);
  return {
    from: filter.from || '0001-01-01',
    to: filter.to || '9999-12-31',
    includeUndated: !windowed,
    statuses: filter.status ?? [],
    minSources: neo4j.int(filter.minSources ?? 0),
  };
}

/** A pair's MET properties as driver values: {weight, meetings, statuses, firstDate, lastDate, sources, …}. */
export function pairProperties(record: Neo4jRecord<PairRecord>): Record<string, unknown> {
  const sources = record.get('sources');
  return {
    weight: record.get('weight'),
    meetings: record.get('meetingIds').map((id) => `Meeting:${id}`),
    statuses: [...new Set(record.get('statuses'))],
    firstDate: record.get('firstDate'),
    lastDate: record.get('lastDate'),
    sources,
    sourceCount: neo4j.int(sources.length),
  };
}

/**
 * The same properties as JSON text, `JSON.stringify(propertiesToJson(pairProperties(record)))` to the byte,
 * written straight from the record: who-met-whom's answer is mostly these, and the plain objects in between
 * cost more than the text (server/meetings/met-graph.ts).
 */
export function pairPropertiesText(record: Neo4jRecord<PairRecord>): string {
  const sources = record.get('sources');
  const meetings = record.get('meetingIds').map((id) => `Meeting:${id}`);
  return (
    `{"weight":${jsonText(record.get('weight'))},"meetings":${JSON.stringify(meetings)}` +
    `,"statuses":${jsonText([...new Set(record.get('statuses'))])}` +
    `,"firstDate":${jsonText(record.get('firstDate'))},"lastDate":${jsonText(record.get('lastDate'))}` +
    `,"sources":${jsonText(sources)},"sourceCount":${sources.length}}`
  );
}

export async function metPairs(
  context: ReadContext,
  filter: MetFilter,
  timeoutMs?: number,
): Promise<MetPair[]> {
  const records = await readQuery<PairRecord>(
    context,
    whoMetWhomQuery.fill(),
    whoMetWhomParams(filter),
    timeoutMs,
  );
  return records.map((record) => {
    const a = record.get('a');
    const b = record.get('b');
    const source = nodeKey(a);
    const target = nodeKey(b);
    return { a, b, key: edgeKey('MET', source, target), source, target, properties: pairProperties(record) };
  });
}
