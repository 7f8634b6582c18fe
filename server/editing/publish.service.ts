// Publishing a draft: ONE write transaction makes the article public together with everything reviewed and
// recorded in it (created entities, MENTIONS, facts with REPORTED_IN, reports on existing facts), records the
// history, and removes the staging. Killed or failed midway, nothing of it is visible: the draft stays a draft.
import type { ManagedTransaction } from 'neo4j-driver';
import { CREATABLE_LABELS, type PublishSummary } from '../../contract/index.ts';
import { cypherFile, labelFragment, relationshipTypesFragment } from '../db/cypher-files.ts';
import { type WriteContext, writeTransaction } from '../db/write.ts';
import { recordChange } from '../history/record-change.ts';
import { lockDraft } from './draft-article.ts';
import { graphNodes } from './entity-keys.ts';
import { RELATION_TYPE } from './fact-shapes.ts';
import type { StagedFact } from './facts.service.ts';
import {
  agreementRow,
  claimRow,
  elementIdOf,
  eventRow,
  meetingRow,
  relationRow,
  statementRow,
} from './publish-rows.ts';
import { type DraftItem, draftItemsIn } from './staging.ts';

const q = (name: string) => cypherFile(import.meta.url, `./queries/${name}.cypher`);
const publishArticleQuery = q('publish-article');
const publishEntities = q('publish-entities');
const publishMentions = q('publish-mentions');
const removeDraftItems = q('remove-draft-items');
const publishRelations = q('publish-relations');
const FACT_QUERIES = {
  meeting: { query: q('publish-meetings'), row: meetingRow },
  event: { query: q('publish-events'), row: eventRow },
  agreementParty: { query: q('publish-agreements'), row: agreementRow },
  statement: { query: q('publish-statements'), row: statementRow },
  claim: { query: q('publish-claims'), row: claimRow },
} as const;
/** Facts that others may name (a statement MADE_AT a meeting of the same draft) are written first. */
const FACT_ORDER = ['meeting', 'event', 'agreementParty', 'statement', 'claim'] as const;

/** A publish writes the whole draft at once: more than the short limit meant for the read-only console. */
const PUBLISH_TIMEOUT_MS = 60_000;

/** A test seam: called inside the transaction just before it commits (the interrupted-publish test kills the database there). */
export interface PublishHooks {
  beforeCommit?: () => Promise<void>;
}

function stagedFact(item: DraftItem): StagedFact {
  const p = item.payload;
  const quote = (p.quote ?? {}) as Record<string, unknown>;
  return {
    type: p.type as StagedFact['type'],
    key: String(p.key),
    sameAs: typeof p.sameAs === 'string' ? p.sameAs : null,
    name: typeof p.name === 'string' ? p.name : null,
    keys: Array.isArray(p.keys) ? p.keys.map(String) : [],
    quote: { start: Number(quote.start), end: Number(quote.end), text: String(quote.text) },
    fields: p.fields !== null && typeof p.fields === 'object' ? { ...p.fields } : {},
  };
}

async function createEntities(
  tx: ManagedTransaction,
  entities: DraftItem[],
  params: { by: string; at: string },
): Promise<string[]> {
  const created: string[] = [];
  for (const label of CREATABLE_LABELS) {
    const rows = entities
      .filter((item) => item.payload.label === label && item.key)
      .map((item) => ({
        key: item.key,
        id: String(item.payload.id),
        name: String(item.payload.name),
        aliases: Array.isArray(item.payload.aliases) ? item.payload.aliases.map(String) : [],
      }));
    if (rows.length === 0) continue;
    await tx.run(publishEntities.fill({ label: labelFragment(label) }), { rows, ...params });
    created.push(...rows.map((row) => String(row.key)));
  }
  return created;
}

export async function publishArticle(
  context: WriteContext,
  request: { articleId: string; by: string },
  hooks: PublishHooks = {},
): Promise<PublishSummary> {
  const { articleId, by } = request;
  return writeTransaction(
    context,
    async (tx) => {
      const at = new Date().toISOString();
      const params = { articleId, by, at };
      await lockDraft(tx, articleId, at);
      const items = await draftItemsIn(tx, articleId);
      await tx.run(publishArticleQuery.fill(), { id: articleId, by, at });

      const facts = items.filter((item) => item.kind === 'fact').map(stagedFact);
      const mentionKeys = items.flatMap((item) =>
        item.kind === 'mention' && item.payload.action !== 'reject' && typeof item.payload.key === 'string'
          ? [item.payload.key]
          : [],
      );
      // An entity created in review but no longer named by a mention or a fact (reviewed again) is not created.
      const named = new Set([...mentionKeys, ...facts.flatMap((fact) => fact.keys)]);
      const entities = items.filter(
        (item) => item.kind === 'entity' && item.key !== null && named.has(item.key),
      );
      const entitiesCreated = await createEntities(tx, entities, params);

      const counts = new Map<string, number>();
      for (const key of mentionKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
      const mentioned = await graphNodes(tx, [...counts.keys()]);
      const mentionRows = [...counts].map(([key, count]) => ({
        elementId: elementIdOf(mentioned, key),
        count,
      }));
      if (mentionRows.length > 0) await tx.run(publishMentions.fill(), { ...params, rows: mentionRows });

      const factsRecorded: string[] = [];
      const factsCorroborated: string[] = [];
      for (const type of FACT_ORDER) {
        const ofType = facts.filter((fact) => fact.type === type);
        if (ofType.length === 0) continue;
        const nodes = await graphNodes(
          tx,
          ofType.flatMap((fact) => fact.keys),
        );
        const { query, row } = FACT_QUERIES[type];
        await tx.run(query.fill(), { ...params, rows: ofType.map((fact) => row(fact, nodes)) });
        for (const fact of ofType) (fact.sameAs ? factsCorroborated : factsRecorded).push(fact.key);
      }
      for (const type of ['role', 'membership'] as const) {
        const ofType = facts.filter((fact) => fact.type === type);
        if (ofType.length === 0) continue;
        const nodes = await graphNodes(
          tx,
          ofType.flatMap((fact) => fact.keys),
        );
        const result = await tx.run<{ key: string; created: boolean | null }>(
          publishRelations.fill({ type: relationshipTypesFragment([RELATION_TYPE[type]]) }),
          { ...params, rows: ofType.map((fact) => relationRow(fact, nodes)) },
        );
        for (const record of result.records) {
          (record.get('created') ? factsRecorded : factsCorroborated).push(record.get('key'));
        }
      }

      await recordChange(tx, { by, action: 'published', key: `Article:${articleId}`, articleId });
      for (const key of [...entitiesCreated, ...factsRecorded]) {
        await recordChange(tx, { by, action: 'created', key, articleId });
      }
      for (const key of factsCorroborated) await recordChange(tx, { by, action: 'reported', key, articleId });
      await tx.run(removeDraftItems.fill(), { articleId });
      await hooks.beforeCommit?.();
      return {
        article: { id: articleId, status: 'published' as const, publishedBy: by, publishedAt: at },
        entitiesCreated,
        mentionsLinked: mentionRows.length,
        factsRecorded: [...new Set(factsRecorded)],
        factsCorroborated: [...new Set(factsCorroborated)],
      };
    },
    Math.max(PUBLISH_TIMEOUT_MS, context.config.cypher.timeoutMs),
  );
}
