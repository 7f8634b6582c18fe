// /meetings and /who-met-whom.
import { z } from 'zod';
import {
  boundedInt,
  isoDate,
  listParam,
  minSourcesParam,
  nodeKeySchema,
  sourceCountSchema,
  statusSchema,
} from './common.ts';
import { evidenceSchema } from './evidence.ts';
import { graphSchema, nodeRefSchema } from './graph.ts';

const window = {
  from: isoDate.optional().describe('First day, inclusive.'),
  to: isoDate.optional().describe('Last day, inclusive.'),
  status: listParam(statusSchema, 10)
    .optional()
    .default([])
    .describe('held, scheduled, proposed, cancelled.'),
  minSources: minSourcesParam,
};

function fromBeforeTo(value: { from?: string | undefined; to?: string | undefined }): boolean {
  return !value.from || !value.to || value.from <= value.to;
}

export const meetingsQuery = z
  .object({
    participant: listParam(nodeKeySchema, 20)
      .optional()
      .default([])
      .describe('Keys of attendees; all must attend.'),
    ...window,
    place: nodeKeySchema.optional().describe('A Place or Country key; places inside it count.'),
    limit: boundedInt(1, 2000, 500),
  })
  .strict()
  .refine(fromBeforeTo, { message: '`from` must not be after `to`', path: ['from'] });

export const whoMetWhomQuery = z
  .object(window)
  .strict()
  .refine(fromBeforeTo, { message: '`from` must not be after `to`', path: ['from'] });

export const participantSchema = nodeRefSchema.extend({
  role: z.string().nullable(),
  attendance: z.string().nullable().describe('attended, due, invited, addressed or inferred (see note).'),
  note: z.string().nullable(),
});

/** One article's report of the meeting: its quote, and the status and date words as that article gives them. */
export const meetingReportSchema = evidenceSchema.extend({
  status: z.string().nullable(),
  dateText: z.string().nullable(),
});

export const meetingSchema = z.object({
  key: z.string(),
  id: z.string(),
  name: z.string(),
  date: z.string().nullable().describe('Equal to dateFrom; sort and filter by the range.'),
  dateFrom: z.string().nullable(),
  dateTo: z.string().nullable(),
  dateBasis: z.string().nullable().describe('article or external'),
  dateText: z.string().nullable(),
  datePrecision: z.string().nullable(),
  status: z.string().nullable().describe('The status of the latest report.'),
  kind: z.string().nullable(),
  place: z.object({ key: z.string(), name: z.string() }).nullable(),
  participants: z.array(participantSchema),
  sources: z.array(meetingReportSchema).describe('Published, unretracted articles only.'),
  sourceCount: sourceCountSchema,
});

export const meetingsResponse = z.object({ meetings: z.array(meetingSchema) });

/** A meeting the filters let through that who-met-whom cannot draw: fewer than two people attended. */
export const unpairedMeetingSchema = z.object({
  key: z.string(),
  name: z.string(),
  status: z.string().nullable(),
  attendees: z
    .array(nodeRefSchema)
    .describe('Who attended or was due to attend (any label): countries or organisations, or one person.'),
});

export const whoMetWhomResponse = z.object({
  graph: graphSchema.describe(
    'Person nodes; MET edges whose properties are {weight, meetings, statuses, firstDate, lastDate, sources, ' +
      'sourceCount}: sourceCount is the number of distinct published articles reporting any of the meetings.',
  ),
  notShown: z
    .array(unpairedMeetingSchema)
    .describe(
      'The meetings the same filters let through that make no pair (fewer than two people attended or were due): ' +
        'meetings of countries or organisations, one-person meetings. With the pairs, every meeting is accounted for.',
    ),
});

export type Participant = z.infer<typeof participantSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type UnpairedMeeting = z.infer<typeof unpairedMeetingSchema>;
export type WhoMetWhomResponse = z.infer<typeof whoMetWhomResponse>;
export type WhoMetWhomFilter = z.output<typeof whoMetWhomQuery>;
