// /articles/{id}: an article's metadata, its verbatim text, its state (draft or published) and who added it;
// /articles?status=…: the editors' list of articles by state.
import { z } from 'zod';
import { boundedInt } from './common.ts';
import { articleRefSchema } from './evidence.ts';

const text = z.string().nullable();

export const articleParams = z.object({ id: z.string().trim().min(1).max(200) }).strict();

/** What an HTML extractor offered at intake, kept apart from what the editor stated (inferred, not printed). */
export const articleSuggestionsSchema = z.object({
  title: text.describe("The extractor's title (stored as titleInferred when the editor gave no title)."),
  outlet: text.describe("The extractor's site name (stored as outletInferred)."),
  byline: text.describe("The extractor's byline (stored as bylineInferred)."),
  published: text.describe("The extractor's publication date, YYYY-MM-DD (stored as publishedInferred)."),
  basis: text.describe('Where the suggestions come from, e.g. "suggested by the HTML extractor (…)".'),
});

export const articleStatusSchema = z.enum(['draft', 'published']);

export const articleDetailSchema = articleRefSchema.extend({
  text: z
    .string()
    .nullable()
    .describe('The verbatim text (line endings and non-breaking spaces normalised).'),
  status: articleStatusSchema.nullable(),
  sha256: text.describe('Hex sha256 of the UTF-8 text.'),
  addedBy: text.describe('`seed` for the seed articles, else the editor who added it.'),
  addedAt: text.describe('ISO date-time.'),
  suggestions: articleSuggestionsSchema,
});

export const articleResponse = z.object({ article: articleDetailSchema });

export const articleListQuery = z
  .object({
    status: articleStatusSchema.default('draft'),
    limit: boundedInt(1, 200, 50),
  })
  .strict();

export const articleListItemSchema = z.object({
  id: z.string(),
  status: articleStatusSchema.nullable(),
  title: text,
  titleInferred: text,
  addedBy: text,
  addedAt: text,
});

export const articleListResponse = z.object({
  articles: z.array(articleListItemSchema).describe('Newest first (by addedAt).'),
});

export type ArticleWithText = z.infer<typeof articleResponse>['article'];
export type ArticleSuggestions = z.infer<typeof articleSuggestionsSchema>;
export type ArticleListItem = z.infer<typeof articleListItemSchema>;
