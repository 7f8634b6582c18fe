// The drafts in progress, for the editors' workbench: who added each, and how far its review has come.
import type { z } from 'zod';
import type { draftsResponse } from '../../contract/index.ts';
import { cypherFile } from '../db/cypher-files.ts';
import { type ReadContext, readQuery } from '../db/read.ts';
import { toJson } from '../db/to-json.ts';

const draftsQuery = cypherFile(import.meta.url, './queries/drafts.cypher');

type Drafts = z.infer<typeof draftsResponse>['drafts'];

export async function listDrafts(context: ReadContext): Promise<{ drafts: Drafts }> {
  const records = await readQuery(context, draftsQuery.fill());
  return {
    drafts: records.map((record) => {
      const count = (name: string) => Number(toJson(record.get(name)));
      const text = (name: string) => {
        const value = record.get(name);
        return typeof value === 'string' ? value : null;
      };
      return {
        id: String(record.get('id')),
        title: text('title'),
        addedBy: text('addedBy'),
        addedAt: text('addedAt'),
        mentionsReviewed: count('mentionsReviewed'),
        entitiesStaged: count('entitiesStaged'),
        factsRecorded: count('factsRecorded'),
      };
    }),
  };
}
