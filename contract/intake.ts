// POST /articles: an editor adds an article as a draft, from plain text or from an HTML page.
import { z } from 'zod';
import { articleDetailSchema, articleSuggestionsSchema } from './articles.ts';
import { isoDate } from './common.ts';

/** Limits the service enforces (413 too_large beyond them); the route's JSON parser allows for escaping. */
export const INTAKE_LIMITS = {
  /** Characters (UTF-16 code units) of the article's text, given or extracted. */
  textChars: 200_000,
  /** UTF-8 bytes of an HTML page. */
  htmlBytes: 2 * 1024 * 1024,
} as const;

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

export const intakeBody = z
  .object({
    text: z.string().optional().describe('The article as plain text, kept verbatim (see normalisation).'),
    html: z.string().optional().describe('An HTML page; its readable text becomes the article text.'),
    title: optionalText(500).describe('The headline as printed.'),
    outlet: optionalText(200),
    published: isoDate.optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
  })
  .strict()
  .refine((body) => (body.text === undefined) !== (body.html === undefined), {
    message: 'Give exactly one of "text" and "html".',
  });

export const intakeResponse = z.object({
  article: articleDetailSchema,
  suggestions: articleSuggestionsSchema,
});

export type IntakeBody = z.infer<typeof intakeBody>;
export type IntakeResponse = z.infer<typeof intakeResponse>;
