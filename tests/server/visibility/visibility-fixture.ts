// A small piece of graph written with Cypher for the visibility tests: a draft article with distinctive words
// and a staged DraftItem, a published article with new facts and new people only reachable through it, and
// the Cypher that says, independently of the server, what the public may see.
import { rows } from '../../support/database.ts';

export const ADDED_BY = 'visibility-test';

/** Words only the draft holds: no public read may find them. */
export const DRAFT_WORDS = 'zephyrquartz';

export const KEYS = {
  draft: 'Article:art_vis_draft',
  published: 'Article:art_vis_published',
  draftItem: 'DraftItem:draftitem-vis',
  /** Met Trump at meetingShown; only reachable through the published article's facts. */
  shownPerson: 'Person:vis-ulfric-borisquell',
  /** Attends meetingShown too, but is retracted (an entity). */
  retractedPerson: 'Person:vis-oswin-quarrelby',
  /** Met Trump only at meetingRetracted: no public path or pair joins them. */
  onlyViaRetracted: 'Person:vis-edda-hollowmere',
  meetingShown: 'Meeting:meeting-vis-shown',
  meetingRetracted: 'Meeting:meeting-vis-retracted',
  claimShown: 'ResourceClaim:claim-vis-shown',
  claimRetracted: 'ResourceClaim:claim-vis-retracted',
  trump: 'Person:donald-trump',
} as const;

const idOf = (key: string): string => key.slice(key.indexOf(':') + 1);

/** Writes the fixture; every node and relationship carries addedBy, so resetToSeedGraph() removes it. */
export async function writeFixture(): Promise<void> {
  await rows(
    `CREATE (draft:Article {id: $draft, status: 'draft', title: 'Zephyrquartz exclusive',
       text: 'A draft about the zephyrquartz summit of Ulfric Borisquell.', sha256: 'vis-draft-sha',
       published: date('2025-03-02'), addedBy: $by, addedAt: datetime()})
     CREATE (:DraftItem {id: $draftItem, articleId: $draft, kind: 'entity',
       payload: '{"name":"Zephyrquartz Ministry"}', addedBy: $by, addedAt: datetime()})
     CREATE (pub:Article {id: $published, status: 'published', title: 'Borisquell in Washington',
       text: 'Ulfric Borisquell met Donald Trump. Edda Hollowmere met him too. Borisquell claims the basalt.',
       sha256: 'vis-published-sha', published: date('2025-03-01'), publishedPrecision: 'day',
       addedBy: $by, addedAt: datetime()})
     WITH draft, pub
     MATCH (trump:Person {id: 'donald-trump'})
     MATCH (lithium:Resource {id: 'lithium'})
     CREATE (ulfric:Person {id: $shownPerson, name: 'Ulfric Borisquell', addedBy: $by, addedAt: datetime()})
     CREATE (oswin:Person {id: $retractedPerson, name: 'Oswin Quarrelby', addedBy: $by, addedAt: datetime()})
     CREATE (edda:Person {id: $onlyVia, name: 'Edda Hollowmere', addedBy: $by, addedAt: datetime()})
     CREATE (shown:Meeting {id: $meetingShown, name: 'Borisquell meets Trump', status: 'held',
       date: date('2025-03-01'), dateFrom: date('2025-03-01'), dateTo: date('2025-03-01'), dateBasis: 'article',
       addedBy: $by, addedAt: datetime()})
     CREATE (hidden:Meeting {id: $meetingRetracted, name: 'Hollowmere meets Trump', status: 'held',
       date: date('2025-03-01'), dateFrom: date('2025-03-01'), dateTo: date('2025-03-01'), dateBasis: 'article',
       addedBy: $by, addedAt: datetime()})
     CREATE (claim:ResourceClaim {id: $claimShown, text: 'Borisquell claims the basalt', kind: 'interest',
       addedBy: $by, addedAt: datetime()})
     CREATE (claim2:ResourceClaim {id: $claimRetracted, text: 'Hollowmere claims the lithium', kind: 'interest',
       addedBy: $by, addedAt: datetime()})
     CREATE (ulfric)-[:ATTENDED {attendance: 'attended', addedBy: $by, addedAt: datetime()}]->(shown)
     CREATE (trump)-[:ATTENDED {attendance: 'attended', addedBy: $by, addedAt: datetime()}]->(shown)
     CREATE (oswin)-[:ATTENDED {attendance: 'attended', addedBy: $by, addedAt: datetime()}]->(shown)
     CREATE (edda)-[:ATTENDED {attendance: 'attended', addedBy: $by, addedAt: datetime()}]->(hidden)
     CREATE (trump)-[:ATTENDED {attendance: 'attended', addedBy: $by, addedAt: datetime()}]->(hidden)
     CREATE (ulfric)-[:MADE {attribution: 'asserted', addedBy: $by, addedAt: datetime()}]->(claim)
     CREATE (claim)-[:ABOUT {addedBy: $by, addedAt: datetime()}]->(lithium)
     CREATE (edda)-[:MADE {attribution: 'asserted', addedBy: $by, addedAt: datetime()}]->(claim2)
     CREATE (claim2)-[:ABOUT {addedBy: $by, addedAt: datetime()}]->(lithium)
     CREATE (pub)-[:MENTIONS {addedBy: $by, addedAt: datetime()}]->(ulfric)
     CREATE (draft)-[:MENTIONS {addedBy: $by, addedAt: datetime()}]->(ulfric)
     FOREACH (fact IN [shown, hidden, claim, claim2] |
       CREATE (fact)-[:REPORTED_IN {quote: 'Ulfric Borisquell met Donald Trump.', status: 'held',
         addedBy: $by, addedAt: datetime()}]->(pub))
     // The draft reports the shown facts too: it must add nothing to their sources before it is published.
     FOREACH (fact IN [shown, claim] |
       CREATE (fact)-[:REPORTED_IN {quote: 'A draft about the zephyrquartz summit of Ulfric Borisquell.',
         addedBy: $by, addedAt: datetime()}]->(draft))`,
    {
      by: ADDED_BY,
      draft: idOf(KEYS.draft),
      draftItem: idOf(KEYS.draftItem),
      published: idOf(KEYS.published),
      shownPerson: idOf(KEYS.shownPerson),
      retractedPerson: idOf(KEYS.retractedPerson),
      onlyVia: idOf(KEYS.onlyViaRetracted),
      meetingShown: idOf(KEYS.meetingShown),
      meetingRetracted: idOf(KEYS.meetingRetracted),
      claimShown: idOf(KEYS.claimShown),
      claimRetracted: idOf(KEYS.claimRetracted),
    },
  );
}

/** The visibility rule in Cypher, written here apart from the server's queries. */
const VISIBLE = (x: string) =>
  `(${x}.retracted IS NULL AND (NOT ${x}:Article OR ${x}.status = 'published') AND
    NOT (${x}:User OR ${x}:ApiToken OR ${x}:Session OR ${x}:Change OR ${x}:DraftItem OR ${x}:IdempotentRequest OR ${x}:SignInAttempt OR
      ${x}:GraphVersion))`;

/** Nodes per label and relationships per type the public may see, counted by scanning (fine in a test). */
export async function expectedCounts(): Promise<{
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}> {
  const labels = await rows<{ label: string; count: number }>(
    `MATCH (n) WHERE ${VISIBLE('n')} UNWIND labels(n) AS label
     RETURN label, toFloat(count(*)) AS count ORDER BY label`,
  );
  const types = await rows<{ type: string; count: number }>(
    `MATCH (a)-[r]->(b) WHERE r.retracted IS NULL AND ${VISIBLE('a')} AND ${VISIBLE('b')}
     RETURN type(r) AS type, toFloat(count(r)) AS count ORDER BY type`,
  );
  return {
    labels: Object.fromEntries(labels.map((row) => [row.label, row.count])),
    relationshipTypes: Object.fromEntries(types.map((row) => [row.type, row.count])),
  };
}

/** sourceCount of a fact, computed here: distinct published, unretracted articles reporting it. */
export async function sourceCountOf(key: string): Promise<number> {
  const label = key.slice(0, key.indexOf(':'));
  const [row] = await rows<{ count: number }>(
    `MATCH (f {id: $id})-[r:REPORTED_IN]->(a:Article)
     WHERE $label IN labels(f) AND r.retracted IS NULL AND a.status = 'published' AND a.retracted IS NULL
     RETURN toFloat(count(DISTINCT a)) AS count`,
    { id: idOf(key), label },
  );
  return row?.count ?? 0;
}
