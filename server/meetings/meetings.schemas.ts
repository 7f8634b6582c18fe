// Input and answer schemas of /meetings and /who-met-whom.
import { z } from 'zod';
import {
  boundedInt,
  graphSchema,
  isoDate,
  listParam,
  nodeKeySchema,
  sourceSchema,
} from '../http/common.schemas.ts';

const statusSchema = z
  .string()
  .regex(/^[a-z_-]{1,32}$/, 'a status such as held, scheduled, proposed, cancelled');

const window = {
  from: isoDate.optional().describe('First day, inclusive.'),
  to: isoDate.optional().describe('Last day, inclusive.'),
  status: listParam(statusSchema, 10)
    .optional()
    .default([])
    .describe('held, scheduled, proposed, cancelled.'),
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

const personRef = z.object({ key: z.string(), name: z.string(), label: z.string() });

export const meetingsResponse = z.object({
  meetings: z.array(
    z.object({
      key: z.string(),
      id: z.string(),
      name: z.string(),
      date: z.string().nullable(),
      dateText: z.string().nullable(),
      datePrecision: z.string().nullable(),
      status: z.string().nullable(),
      kind: z.string().nullable(),
      place: z.object({ key: z.string(), name: z.string() }).nullable(),
      participants: z.array(personRef.extend({ role: z.string().nullable() })),
      sources: z.array(sourceSchema),
    }),
  ),
});

export const whoMetWhomResponse = z.object({
  graph: graphSchema.describe(
    'Person nodes; MET edges with {weight, meetings, statuses, firstDate, lastDate, sources}.',
  ),
});
