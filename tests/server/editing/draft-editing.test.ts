// The other fact types over HTTP: an agreement and an event that match seed facts (409, then sameAs), a role and a
// membership the seed already holds (the article joins their sources), removing a recorded fact, the drafts list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../../support/accounts.ts';
import { rows } from '../../support/database.ts';
import { resetToSeedGraph } from '../../support/reset-graph.ts';
import { useTestApp } from '../../support/test-app.ts';
import { expectErrorShape } from '../api.ts';
import { call, span } from './editing-api.ts';

const TEXT = [
  'KYIV, 3 March 2025',
  '',
  'Ukraine and the US are still negotiating the minerals agreement, officials said on Monday.',
  'Donald Trump, the US President, wants the deal signed soon.',
  'The US is a member of NATO.',
  'The US and Russia held another round of talks last week, a diplomat said.',
].join('\n');
const line = (n: number) => span(TEXT, TEXT.split('\n')[n] ?? '');

describe('recording the other fact types in a draft', () => {
  const app = useTestApp();
  let editor: TestUser;
  let articleId = '';
  const post = (path: string, body: unknown) => call(app.url, 'POST', path, { token: editor.token, body });
  const facts = (body: unknown) => post(`/api/articles/${articleId}/facts`, body);

  beforeAll(async () => {
    editor = await createTestUser(app, { name: 'types-editor', role: 'editor' });
    const added = await post('/api/articles', { text: TEXT, published: '2025-03-03' });
    expect(added.status).toBe(201);
    articleId = added.body.article.id;
  });
  afterAll(resetToSeedGraph);

  it('an agreement between the seed deal’s parties is a possible duplicate; sameAs reports it', async () => {
    const agreement = {
      type: 'agreementParty',
      quote: line(2),
      parties: ['Country:UA', 'Country:US'],
      status: 'negotiating',
      name: 'Minerals deal',
    };
    const duplicate = await facts(agreement);
    expectErrorShape(duplicate, 409);
    const keys = duplicate.body.error.details.matches.map((m: { key: string }) => m.key);
    expect(keys).toContain('Agreement:agreement-us-ukraine-minerals');
    const same = await facts({ ...agreement, sameAs: 'Agreement:agreement-us-ukraine-minerals' });
    expect(same.status).toBe(201);
    const wrong = await facts({ ...agreement, sameAs: 'Person:donald-trump' });
    expectErrorShape(wrong, 400);
    expect(wrong.body.error.code).toBe('wrong_label');
  });

  it('an event of the same parties (the undated US–Russia talks) is a possible duplicate; sameAs reports it', async () => {
    const event = {
      type: 'event',
      quote: line(5),
      participants: [{ key: 'Country:US' }, { key: 'Country:RU' }],
      name: 'US–Russia talks',
      kind: 'negotiation process',
      status: 'ongoing',
      dateFrom: '2025-02-24',
      dateTo: '2025-03-02',
      dateText: 'last week',
    };
    const duplicate = await facts(event);
    expectErrorShape(duplicate, 409);
    expect(duplicate.body.error.details.matches[0].key).toBe('Event:event-us-russia-talks-2025');
    expect((await facts({ ...event, sameAs: 'Event:event-us-russia-talks-2025' })).status).toBe(201);
  });

  it('records a role and a membership; one recorded by mistake is removed again', async () => {
    const role = await facts({
      type: 'role',
      quote: line(3),
      person: 'Person:donald-trump',
      body: 'Country:US',
      title: 'President',
    });
    expect(role.status).toBe(201);
    expect(role.body.key).toBe('HOLDS_ROLE:Person:donald-trump->Country:US');
    const member = await facts({
      type: 'membership',
      quote: line(4),
      member: 'Country:US',
      organization: 'Organization:nato',
    });
    expect(member.status).toBe(201);
    const mistake = await facts({
      type: 'membership',
      quote: line(4),
      member: 'Country:UA',
      organization: 'Organization:nato',
    });
    expect(mistake.status).toBe(201);

    // An organization created in this draft is named by a second mention and by a fact before it exists.
    const mention = (words: string) =>
      `/api/articles/${articleId}/mentions/${span(TEXT, words).start}-${span(TEXT, words).end}`;
    const created = await post(mention('officials'), {
      action: 'create',
      label: 'Organization',
      name: 'Kyiv Minerals Office',
    });
    expect(created.body.key).toBe('Organization:kyiv-minerals-office');
    const linked = await post(mention('a diplomat'), { action: 'link', key: created.body.key });
    expect(linked.body).toMatchObject({
      key: created.body.key,
      review: { action: 'link', text: 'a diplomat' },
    });
    const office = await facts({
      type: 'membership',
      quote: line(4),
      member: 'Country:UA',
      organization: created.body.key,
    });
    expect(office.status).toBe(201);
    const reader = await createTestUser(app, { name: 'types-reader', role: 'reader' });
    expectErrorShape(await call(app.url, 'GET', '/api/drafts', { token: reader.token }), 403);

    const removed = await post(
      `/api/articles/${articleId}/facts/${encodeURIComponent(mistake.body.itemId)}/remove`,
      {},
    );
    expect(removed.body).toEqual({ removed: mistake.body.itemId });
    expectErrorShape(
      await post(`/api/articles/${articleId}/facts/${encodeURIComponent(mistake.body.itemId)}/remove`, {}),
      404,
    );
    const listed = await call(app.url, 'GET', `/api/articles/${articleId}/facts`, { token: editor.token });
    expect(listed.body.facts.map((f: { type: string }) => f.type)).toEqual([
      'agreementParty',
      'event',
      'role',
      'membership',
      'membership',
    ]);

    const drafts = await call(app.url, 'GET', '/api/drafts', { token: editor.token });
    expect(drafts.status).toBe(200);
    expect(drafts.body.drafts.find((d: { id: string }) => d.id === articleId)).toMatchObject({
      factsRecorded: 5,
      mentionsReviewed: 2,
      entitiesStaged: 1,
    });
    expectErrorShape(await call(app.url, 'GET', '/api/drafts'), 401);
  });

  it('publishes: the reports join the existing facts, the latest report sets the agreement’s status', async () => {
    const published = await post(`/api/articles/${articleId}/publish`, {});
    expect(published.status).toBe(200);
    expect(published.body.entitiesCreated).toEqual(['Organization:kyiv-minerals-office']);
    expect(published.body.factsRecorded).toEqual(['MEMBER_OF:Country:UA->Organization:kyiv-minerals-office']);
    expect(published.body.mentionsLinked).toBe(1);
    expect(published.body.factsCorroborated).toEqual(
      expect.arrayContaining([
        'Agreement:agreement-us-ukraine-minerals',
        'Event:event-us-russia-talks-2025',
        'HOLDS_ROLE:Person:donald-trump->Country:US',
        'MEMBER_OF:Country:US->Organization:nato',
      ]),
    );
    const [agreement] = await rows<{ status: string; reported: string; parties: string[][] }>(
      `MATCH (g:Agreement {id: 'agreement-us-ukraine-minerals'})-[r:REPORTED_IN]->(:Article {id: $articleId})
       RETURN g.status AS status, r.status AS reported, [(c)-[p:PARTY_TO]->(g) | p.sources] AS parties`,
      { articleId },
    );
    expect(agreement).toMatchObject({ status: 'negotiating', reported: 'negotiating' });
    for (const sources of agreement?.parties ?? []) expect(sources).toContain(articleId);
    const relations = await rows<{ type: string; sources: string[] }>(
      `MATCH (:Person {id: 'donald-trump'})-[r:HOLDS_ROLE]->(:Country {id: 'US'}) RETURN type(r) AS type, r.sources AS sources
       UNION ALL
       MATCH (:Country {id: 'US'})-[r:MEMBER_OF]->(:Organization {id: 'nato'}) RETURN type(r) AS type, r.sources AS sources
       UNION ALL
       MATCH (:Country {id: 'UA'})-[r:MEMBER_OF]->(:Organization {id: 'nato'}) RETURN type(r) AS type, r.sources AS sources`,
    );
    expect(relations.map((r) => r.type)).toEqual(['HOLDS_ROLE', 'MEMBER_OF']);
    for (const relation of relations) expect(relation.sources).toContain(articleId);
    const [event] = await rows<{ quote: string }>(
      "MATCH (:Event {id: 'event-us-russia-talks-2025'})-[r:REPORTED_IN]->(:Article {id: $articleId}) RETURN r.quote AS quote",
      { articleId },
    );
    expect(event?.quote).toBe(TEXT.split('\n')[5]);
  });
});
