// Who met whom: the meetings list with its filters, and the person-to-person projection as a graph.
import type { Node } from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import { integer, type ReadContext, readQuery } from '../db/read.ts';
import { nodeKey, toJson } from '../db/to-json.ts';
import { requireNodes } from '../db/vocabulary.ts';
import { articleRef } from '../graph/evidence.ts';
import { edgeKey, GraphBuilder, nodeAttributes, type SerializedGraph } from '../graph/graph-payload.ts';

const queries = {
  meetings: cypherFile(import.meta.url, './queries/meetings.cypher'),
  whoMetWhom: cypherFile(import.meta.url, './queries/who-met-whom.cypher'),
};

export interface MeetingFilter {
  participants: string[];
  from?: string | undefined;
  to?: string | undefined;
  status: string[];
  place?: string | undefined;
  limit: number;
}

function text(value: unknown): string | null {
  const json = toJson(value);
  return json === null ? null : String(json);
}

function brief(node: Node) {
  const attributes = nodeAttributes(node);
  return { key: nodeKey(node), name: String(attributes.name), label: String(attributes.label) };
}

export async function listMeetings(context: ReadContext, filter: MeetingFilter) {
  const participants = await requireNodes(context, filter.participants);
  const [place = null] = filter.place ? await requireNodes(context, [filter.place]) : [];
  const records = await readQuery<{
    meeting: Node;
    place: Node | null;
    participants: { node: Node; role: unknown }[];
    sources: { article: Node; quote: unknown }[];
  }>(context, queries.meetings.fill(), {
    participants,
    place,
    from: filter.from ?? null,
    to: filter.to ?? null,
    statuses: filter.status,
    limit: integer(filter.limit),
  });
  return {
    meetings: records.map((record) => {
      const meeting = record.get('meeting');
      const p = meeting.properties;
      const where = record.get('place');
      return {
        key: nodeKey(meeting),
        id: String(p.id),
        name: String(nodeAttributes(meeting).name),
        date: text(p.date),
        dateText: text(p.dateText),
        datePrecision: text(p.datePrecision),
        status: text(p.status),
        kind: text(p.kind),
        place: where ? { key: nodeKey(where), name: brief(where).name } : null,
        participants: record
          .get('participants')
          .map((item) => ({ ...brief(item.node), role: text(item.role) })),
        sources: record
          .get('sources')
          .map((item) => ({ article: articleRef(item.article), quote: text(item.quote) })),
      };
    }),
  };
}

/** An open end of the window becomes the earliest or latest date, so the range can use the date index. */
export function whoMetWhomParams(filter: { from?: string | null; to?: string | null; status?: string[] }) {
  const windowed = Boolean(filter.from || filter.to);
  return {
    from: filter.from || '0001-01-01',
    to: filter.to || '9999-12-31',
    includeUndated: !windowed,
    statuses: filter.status ?? [],
  };
}

export async function whoMetWhom(
  context: ReadContext,
  filter: Pick<MeetingFilter, 'from' | 'to' | 'status'>,
): Promise<{ graph: SerializedGraph }> {
  const records = await readQuery<{
    a: Node;
    b: Node;
    weight: unknown;
    meetingIds: string[];
    statuses: string[];
    firstDate: unknown;
    lastDate: unknown;
    sources: string[];
  }>(context, queries.whoMetWhom.fill(), whoMetWhomParams(filter));
  const graph = new GraphBuilder();
  for (const record of records) {
    const source = graph.addNode(record.get('a'));
    const target = graph.addNode(record.get('b'));
    graph.addEdgeEntry({
      key: edgeKey('MET', source, target),
      source,
      target,
      attributes: {
        type: 'MET',
        weight: toJson(record.get('weight')),
        meetings: record.get('meetingIds').map((id) => `Meeting:${id}`),
        statuses: [...new Set(record.get('statuses'))],
        firstDate: toJson(record.get('firstDate')),
        lastDate: toJson(record.get('lastDate')),
        sources: record.get('sources'),
      },
    });
  }
  return { graph: graph.toJSON() };
}
