// Recording facts in a draft, each with its verbatim quote: checked (quote, keys, duplicates) and staged as a
// DraftItem {kind: 'fact'} until publish. Also the draft's recorded facts, and taking one out again.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { edgeKey, type FactBody, type RecordedFact } from '../../contract/index.ts';
import { cypherFile } from '../db/cypher-files.ts';
import type { ReadContext } from '../db/read.ts';
import { type WriteContext, writeTransaction } from '../db/write.ts';
import { conflict, invalid, notFound, unprocessable } from '../errors.ts';
import { recordChange } from '../history/record-change.ts';
import { lockDraft, readDraft } from './draft-article.ts';
import { type ResolvedKey, resolveKeys } from './entity-keys.ts';
import { matchingFacts } from './fact-matches.ts';
import { checkLabels, keyUses, MATCHED_BY, NODE_LABEL, RELATION_TYPE } from './fact-shapes.ts';
import { freeId } from './free-id.ts';
import { type DraftItem, readDraftItems, saveDraftItem } from './staging.ts';
import { looseText, quotedWords, slugOf } from './text-checks.ts';

const removeDraftItem = cypherFile(import.meta.url, './queries/remove-draft-item.cypher');

/** What a staged fact's payload holds; publish builds graph rows from it. */
export interface StagedFact {
  type: FactBody['type'];
  key: string;
  sameAs: string | null;
  name: string | null;
  /** Every key the fact names, so publish resolves them without knowing each type's fields. */
  keys: string[];
  quote: { start: number; end: number; text: string };
  fields: Record<string, unknown>;
}

function nameOf(fact: FactBody, keys: Map<string, ResolvedKey>, words: string): string | null {
  const named = (key: string) => keys.get(key)?.name ?? key;
  switch (fact.type) {
    case 'meeting':
      return fact.name ?? `${fact.attendees.map((a) => named(a.key)).join(' and ')} meet`;
    case 'statement':
      return `${named(fact.speaker)}: "${(fact.text ?? words).slice(0, 80)}"`;
    case 'claim':
      return fact.name ?? fact.text.slice(0, 120);
    case 'event':
    case 'agreementParty':
      return fact.name ?? null;
    default:
      return null;
  }
}

function baseIdOf(fact: FactBody, keys: Map<string, ResolvedKey>, words: string): string {
  const idOf = (key: string) => keys.get(key)?.id ?? key;
  switch (fact.type) {
    case 'meeting':
      return `meeting-${slugOf(
        fact.name ??
          fact.attendees
            .slice(0, 3)
            .map((a) => idOf(a.key))
            .join(' '),
        50,
      )}-${fact.dateFrom}`;
    case 'statement':
      return `statement-${idOf(fact.speaker)}-${slugOf((fact.text ?? words).split(/\s+/).slice(0, 6).join(' '), 40)}`;
    case 'claim':
      return `claim-${slugOf(fact.name ?? fact.text, 50)}`;
    case 'event':
      return `event-${slugOf(fact.name, 50)}${fact.dateFrom ? `-${fact.dateFrom}` : ''}`;
    default:
      return `agreement-${slugOf(fact.type === 'agreementParty' ? (fact.name ?? 'agreement') : 'agreement', 50)}`;
  }
}

async function refuseDuplicates(
  tx: ManagedTransaction,
  fact: FactBody,
  keys: Map<string, ResolvedKey>,
): Promise<void> {
  const type = MATCHED_BY[fact.type];
  const label = NODE_LABEL[fact.type];
  if (!type || !label || ('sameAs' in fact && fact.sameAs) || ('asNew' in fact && fact.asNew)) return;
  const participantKeys =
    fact.type === 'meeting'
      ? fact.attendees.map((a) => a.key)
      : fact.type === 'event'
        ? fact.participants.map((p) => p.key)
        : fact.type === 'agreementParty'
          ? fact.parties
          : [];
  const elementIds = [...new Set(participantKeys)].flatMap((key) => keys.get(key)?.elementId ?? []);
  const dated = 'dateFrom' in fact && fact.dateFrom !== undefined && fact.dateTo !== undefined;
  const matches = await matchingFacts(tx, {
    label,
    type,
    participants: elementIds,
    participantCount: new Set(participantKeys).size,
    dateFrom: dated ? (fact.dateFrom ?? null) : null,
    dateTo: dated ? (fact.dateTo ?? null) : null,
    place: fact.type === 'meeting' && fact.place ? (keys.get(fact.place)?.elementId ?? null) : null,
  });
  if (matches.length > 0) {
    throw conflict(
      'possible_duplicate',
      `This ${label} may already be in the graph: send sameAs with its key to add this article's report, or asNew: true.`,
      { matches },
    );
  }
}

function factKey(fact: FactBody, keys: Map<string, ResolvedKey>): string | null {
  if (fact.type === 'role') return edgeKey(RELATION_TYPE.role, fact.person, fact.body);
  if (fact.type === 'membership') return edgeKey(RELATION_TYPE.membership, fact.member, fact.organization);
  if ('sameAs' in fact && fact.sameAs) {
    if (keys.get(fact.sameAs)?.elementId === null) {
      throw invalid(
        'sameAs names a fact in the graph, not one recorded in this draft.',
        { sameAs: fact.sameAs },
        'bad_same_as',
      );
    }
    return fact.sameAs;
  }
  return null;
}

export async function recordFact(
  context: WriteContext,
  request: { articleId: string; body: FactBody; by: string },
): Promise<RecordedFact> {
  const { articleId, body, by } = request;
  return writeTransaction(context, async (tx) => {
    const at = new Date().toISOString();
    const draft = await lockDraft(tx, articleId, at);
    const words = quotedWords(draft.text, body.quote);
    if (
      body.type === 'statement' &&
      body.text !== undefined &&
      !looseText(words).includes(looseText(body.text))
    ) {
      throw unprocessable('text_not_in_quote', "The statement's text must be words of its quote.", {
        text: body.text,
        quote: words,
      });
    }
    if (body.type === 'agreementParty' && !body.sameAs && !body.name) {
      throw invalid('A new agreement needs a name (or sameAs naming an existing one).', { field: 'name' });
    }
    const uses = keyUses(body);
    checkLabels(uses);
    const keys = await resolveKeys(
      tx,
      articleId,
      uses.map((use) => use.key),
    );
    await refuseDuplicates(tx, body, keys);

    const existing = factKey(body, keys);
    const label = NODE_LABEL[body.type];
    const key = existing ?? `${label}:${await freeId(tx, label ?? 'Meeting', baseIdOf(body, keys, words))}`;
    const reserves = existing === null ? key : null;
    const { type, quote: _quote, ...fields } = body;
    const staged: StagedFact = {
      type,
      key,
      sameAs: 'sameAs' in body ? (body.sameAs ?? null) : null,
      name: nameOf(body, keys, words),
      keys: [...new Set(uses.map((use) => use.key))],
      quote: { start: body.quote.start, end: body.quote.end, text: words },
      fields,
    };
    const itemId = `${articleId}:fact:${randomUUID()}`;
    await saveDraftItem(tx, { id: itemId, articleId, kind: 'fact', key: reserves, payload: staged }, by, at);
    await recordChange(tx, {
      by,
      action: 'recorded',
      key,
      articleId,
      detail: { type, itemId, sameAs: staged.sameAs, quote: words },
    });
    return recordedFact({
      id: itemId,
      kind: 'fact',
      key: reserves,
      payload: { ...staged },
      addedBy: by,
      addedAt: at,
    });
  });
}

function recordedFact(item: DraftItem): RecordedFact {
  const p = item.payload;
  const quote = (p.quote ?? {}) as Record<string, unknown>;
  return {
    itemId: item.id,
    key: String(p.key),
    type: String(p.type),
    quote: { start: Number(quote.start), end: Number(quote.end), text: String(quote.text) },
    sameAs: typeof p.sameAs === 'string' ? p.sameAs : null,
    fields: p.fields !== null && typeof p.fields === 'object' ? { ...p.fields } : {},
    addedBy: item.addedBy,
    addedAt: item.addedAt,
  };
}

export async function draftFacts(
  context: ReadContext,
  articleId: string,
): Promise<{ facts: RecordedFact[] }> {
  await readDraft(context, articleId);
  return { facts: (await readDraftItems(context, articleId, 'fact')).map(recordedFact) };
}

export async function removeFact(
  context: WriteContext,
  request: { articleId: string; itemId: string; by: string },
): Promise<{ removed: string }> {
  const { articleId, itemId, by } = request;
  return writeTransaction(context, async (tx) => {
    const at = new Date().toISOString();
    await lockDraft(tx, articleId, at);
    const result = await tx.run<{ removed: { toNumber(): number } }>(removeDraftItem.fill(), {
      id: itemId,
      articleId,
      kind: 'fact',
    });
    if ((result.records[0]?.get('removed').toNumber() ?? 0) === 0) {
      throw notFound(`Draft ${articleId} has no recorded fact "${itemId}".`, { itemId });
    }
    await recordChange(tx, {
      by,
      action: 'removed',
      key: `Article:${articleId}`,
      articleId,
      detail: { itemId },
    });
    return { removed: itemId };
  });
}
