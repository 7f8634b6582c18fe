// Meetings with their filters, and who met whom as a graph.
import type { Node } from 'neo4j-driver';
import type { Meeting, UnpairedMeeting } from '../../contract/index.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { integer, type ReadContext, readQuery } from '../db/read.ts';
import { readEach } from '../db/read-each.ts';
import { textOf } from '../db/to-json.ts';
import { articleRef } from '../graph/evidence.ts';
import { type MetFilter, type PairRecord, whoMetWhomParams, whoMetWhomQuery } from '../graph/met.ts';
import { nodeKey, nodeRef } from '../graph/model.ts';
import { requirePublicFoundNodes } from '../graph/public-keys.ts';
import { countOf } from '../graph/source-count.ts';
import { visibilityParams } from '../graph/visibility.ts';
import { MetGraph } from './met-graph.ts';

const meetingsQuery = cypherFile(import.meta.url, './queries/meetings.cypher');
const withoutPairsQuery = cypherFile(import.meta.url, './queries/meetings-without-pairs.cypher');

export interface MeetingFilter {
  participants: string[];
  from?: string | undefined;
  to?: string | undefined;
  status: string[];
  place?: string | undefined;
  minSources?: number | undefined;
  limit: number;
}

function placeOf(node: Node): { key: string; name: string } {
  const { key, name } = nodeRef(node);
  return { key, name };
}

export async function listMeetings(
  context: ReadContext,
  filter: MeetingFilter,
): Promise<{ meetings: Meeting[] }> {
  // With element ids: the query starts from the first participant (or the place), not from every meeting.
  const participants = await requirePublicFoundNodes(context, filter.participants);
  const [place = null] = filter.place ? await requirePublicFoundNodes(context, [filter.place]) : [];
  const records = await readQuery<{
    meeting: Node;
    place: Node | null;
    participants: { node: Node; role: unknown; attendance: unknown; note: unknown }[];
    sources: { article: Node; quote: unknown; status: unknown; dateText: unknown }[];
    sourceCount: unknown;
  }>(context, meetingsQuery.fill(), {
    participants,
    place,
    from: filter.from ?? null,
    to: filter.to ?? null,
    statuses: filter.status,
    minSources: filter.minSources === undefined ? null : integer(filter.minSources),
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
        name: nodeRef(meeting).name,
        date: textOf(p.date),
        dateFrom: textOf(p.dateFrom),
        dateTo: textOf(p.dateTo),
        dateBasis: textOf(p.dateBasis),
        dateText: textOf(p.dateText),
        datePrecision: textOf(p.datePrecision),
        status: textOf(p.status),
        kind: textOf(p.kind),
        place: where ? placeOf(where) : null,
        participants: record.get('participants').map((item) => ({
          ...nodeRef(item.node),
          role: textOf(item.role),
          attendance: textOf(item.attendance),
          note: textOf(item.note),
        })),
        sources: record.get('sources').map((item) => ({
          article: articleRef(item.article),
          quote: textOf(item.quote),
          status: textOf(item.status),
          dateText: textOf(item.dateText),
        })),
        sourceCount: countOf(record.get('sourceCount')),
      };
    }),
  };
}

/** The meetings the filters let through that make no pair, so the view can say what it leaves out. */
async function unpairedMeetings(context: ReadContext, filter: MetFilter): Promise<UnpairedMeeting[]> {
  const records = await readQuery<{ meeting: Node; attendees: Node[] }>(context, withoutPairsQuery.fill(), {
    ...whoMetWhomParams(filter),
    internal: visibilityParams().internal,
  });
  return records.map((record) => {
    const meeting = record.get('meeting');
    const { key, name } = nodeRef(meeting);
    return {
      key,
      name,
      status: textOf(meeting.properties.status),
      attendees: record.get('attendees').map(nodeRef),
    };
  });
}

const GRAPH_KEY = Buffer.from('{"graph":');

/**
 * Who met whom's answer as the JSON bytes of a WhoMetWhomResponse, `{graph, notShown}`: the graph is written as
 * text while its records arrive (met-graph.ts), so the answer is never an object graph to stringify.
 */
export async function whoMetWhomJson(context: ReadContext, filter: MetFilter): Promise<Buffer> {
  // Two independent reads of the same window: side by side, so a request waits for the slower one only. The
  // pairs become the graph as they arrive: their sources are computed after the query's sort, row by row as
  // the driver pulls them, so building the answer overlaps the database's work instead of following it.
  const [graph, notShown] = await Promise.all([
    readEach<PairRecord, Buffer[]>(
      context,
      whoMetWhomQuery.fill(),
      whoMetWhomParams(filter),
      () => new MetGraph(),
    ),
    unpairedMeetings(context, filter),
  ]);
  return Buffer.concat([GRAPH_KEY, ...graph, Buffer.from(`,"notShown":${JSON.stringify(notShown)}}`)]);
}
