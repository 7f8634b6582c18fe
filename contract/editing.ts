// The editors' workbench: reviewing a draft's mentions, recording facts with their verbatim quote, publishing.
import { z } from 'zod';
import { isoDate, nodeKeySchema } from './common.ts';

/** Labels an editor may create from a mention (facts are recorded, never created from a mention). */
export const CREATABLE_LABELS = ['Person', 'Country', 'Organization', 'Place', 'Resource', 'Topic'] as const;
export type CreatableLabel = (typeof CREATABLE_LABELS)[number];

const articleId = z.string().trim().min(1).max(200);
const shortText = z.string().trim().min(1).max(300);
const longText = z.string().trim().min(1).max(2_000);
const word = z
  .string()
  .trim()
  .regex(/^[a-z][a-z -]{0,39}$/, 'lower-case words, e.g. bilateral');

export const draftParams = z.object({ id: articleId }).strict();
export const mentionParams = z
  .object({
    id: articleId,
    mentionId: z
      .string()
      .regex(/^\d{1,8}-\d{1,8}$/, 'a mention id start-end as GET /articles/{id}/mentions gives it'),
  })
  .strict();
export const factItemParams = z.object({ id: articleId, itemId: z.string().min(1).max(200) }).strict();

export const mentionReviewBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('link'), key: nodeKeySchema }).strict(),
  z
    .object({
      action: z.literal('create'),
      label: z.enum(CREATABLE_LABELS),
      name: shortText,
      aliases: z.array(shortText).max(30).optional(),
      /** Create it even though an entity of that label with the same name or alias exists. */
      asNew: z.boolean().optional(),
    })
    .strict(),
  z.object({ action: z.literal('reject') }).strict(),
]);
export type MentionReviewBody = z.infer<typeof mentionReviewBody>;

export const mentionReviewSchema = z.object({
  mentionId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string().describe('The words at start..end of the article text.'),
  action: z.enum(['link', 'create', 'reject']),
  key: z.string().nullable().describe('The linked or created entity; null for a rejected mention.'),
  reviewedBy: z.string(),
  reviewedAt: z.string(),
});
export type MentionReview = z.infer<typeof mentionReviewSchema>;

export const stagedEntitySchema = z.object({
  key: z.string(),
  label: z.enum(CREATABLE_LABELS),
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
});
export type StagedEntity = z.infer<typeof stagedEntitySchema>;

export const mentionReviewResponse = z.object({
  key: z.string().nullable(),
  review: mentionReviewSchema,
  entity: stagedEntitySchema.nullable().describe('The staged entity, for `create`.'),
});

// Facts. Every fact carries the quote that reports it: offsets into Article.text, optionally the words too.
const quoteSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    text: z.string().max(5_000).optional(),
  })
  .strict()
  .refine((quote) => quote.start < quote.end, 'start must be before end');

const dateFields = {
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  datePrecision: z.enum(['day', 'week', 'month', 'year', 'range']).optional(),
  dateText: z.string().trim().min(1).max(200).optional(),
};
const duplicateFields = {
  /** Add this article's report to that existing fact instead of creating a new one. */
  sameAs: nodeKeySchema.optional(),
  /** Create a new fact even though a matching one exists. */
  asNew: z.boolean().optional(),
};
const keys = (max: number) => z.array(nodeKeySchema).min(1).max(max);

export const MEETING_STATUSES = ['held', 'scheduled', 'proposed', 'cancelled'] as const;
export const ATTENDANCES = ['attended', 'due', 'invited', 'addressed', 'inferred'] as const;

const meetingFact = z
  .object({
    type: z.literal('meeting'),
    quote: quoteSchema,
    attendees: z
      .array(
        z
          .object({ key: nodeKeySchema, attendance: z.enum(ATTENDANCES), role: shortText.optional() })
          .strict(),
      )
      .min(1)
      .max(50),
    ...dateFields,
    dateFrom: isoDate,
    dateTo: isoDate,
    status: z.enum(MEETING_STATUSES),
    place: nodeKeySchema.optional(),
    kind: word.optional(),
    name: shortText.optional(),
    ...duplicateFields,
  })
  .strict();

const statementFact = z
  .object({
    type: z.literal('statement'),
    quote: quoteSchema,
    speaker: nodeKeySchema,
    text: longText
      .optional()
      .describe("The speaker's words within the quote; the whole quote when left out."),
    at: nodeKeySchema.optional().describe('The Meeting it was made at (MADE_AT).'),
    about: z.array(nodeKeySchema).max(20).optional(),
    ...dateFields,
  })
  .strict();

const claimFact = z
  .object({
    type: z.literal('claim'),
    quote: quoteSchema,
    claimant: nodeKeySchema.optional(),
    attribution: z.enum(['asserted', 'reported']).optional(),
    resources: keys(30),
    text: longText.describe('The claim in one plain sentence.'),
    kind: word,
    value: z.number().finite().optional(),
    unit: z.string().trim().min(1).max(40).optional(),
    concerns: z.array(nodeKeySchema).max(20).optional(),
    name: shortText.optional(),
  })
  .strict();

const roleFact = z
  .object({
    type: z.literal('role'),
    quote: quoteSchema,
    person: nodeKeySchema,
    body: nodeKeySchema.describe('The Country or Organization the office belongs to.'),
    title: shortText,
    former: z.boolean().optional(),
  })
  .strict();

const membershipFact = z
  .object({
    type: z.literal('membership'),
    quote: quoteSchema,
    member: nodeKeySchema,
    organization: nodeKeySchema,
  })
  .strict();

const agreementPartyFact = z
  .object({
    type: z.literal('agreementParty'),
    quote: quoteSchema,
    parties: keys(20),
    name: shortText.optional().describe('Needed for a new agreement; an existing one is named by sameAs.'),
    status: word.describe('negotiating, pending-signature, signed, ...'),
    ...duplicateFields,
  })
  .strict();

const eventFact = z
  .object({
    type: z.literal('event'),
    quote: quoteSchema,
    participants: z
      .array(z.object({ key: nodeKeySchema, role: shortText.optional() }).strict())
      .min(1)
      .max(50),
    name: shortText,
    kind: word,
    status: word.describe('held, ongoing, scheduled, ...'),
    ...dateFields,
    ...duplicateFields,
  })
  .strict();

const bothDatesOrNone = (fact: { dateFrom?: string; dateTo?: string }) =>
  (fact.dateFrom === undefined) === (fact.dateTo === undefined) &&
  (fact.dateFrom === undefined || fact.dateTo === undefined || fact.dateFrom <= fact.dateTo);

export const factBody = z
  .discriminatedUnion('type', [
    meetingFact,
    statementFact,
    claimFact,
    roleFact,
    membershipFact,
    agreementPartyFact,
    eventFact,
  ])
  .refine((fact) => !('dateFrom' in fact) || bothDatesOrNone(fact), {
    message: 'dateFrom and dateTo go together, dateFrom <= dateTo',
    path: ['dateTo'],
  });
export type FactBody = z.infer<typeof factBody>;
export type FactType = FactBody['type'];

export const recordedFactSchema = z.object({
  itemId: z.string().describe('The staged item: POST .../facts/{itemId}/remove takes it out of the draft.'),
  key: z.string().describe('The fact: a node key, or a relationship key for role and membership.'),
  type: z.string(),
  quote: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
  sameAs: z.string().nullable().describe('The existing fact this report corroborates, if any.'),
  fields: z.record(z.string(), z.unknown()).describe('The request as recorded (keys, dates, status).'),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type RecordedFact = z.infer<typeof recordedFactSchema>;

export const recordFactResponse = recordedFactSchema;
export const draftFactsResponse = z.object({ facts: z.array(recordedFactSchema) });
export const removeFactResponse = z.object({ removed: z.string() });

export const publishResponse = z.object({
  article: z.object({
    id: z.string(),
    status: z.literal('published'),
    publishedBy: z.string(),
    publishedAt: z.string(),
  }),
  entitiesCreated: z.array(z.string()).describe('Keys of the entities created from the draft.'),
  mentionsLinked: z.number().int().describe('MENTIONS relationships written (one per entity named).'),
  factsRecorded: z.array(z.string()).describe('Keys of the new facts.'),
  factsCorroborated: z.array(z.string()).describe('Keys of existing facts this article now also reports.'),
});
export type PublishSummary = z.infer<typeof publishResponse>;

export const draftsResponse = z.object({
  drafts: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      addedBy: z.string().nullable(),
      addedAt: z.string().nullable(),
      mentionsReviewed: z.number().int(),
      entitiesStaged: z.number().int(),
      factsRecorded: z.number().int(),
    }),
  ),
});
