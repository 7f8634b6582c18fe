// A small corpus that exercises every export hazard — parallel edges, several labels, big and non-finite
// numbers, properties named label/type/key/source/target, a formula and curly quotes, hidden items — plus
// a bulk label big enough that an export cannot finish while its reader waits.
import type { Driver } from 'neo4j-driver';

export const FILLER_NODES = 30_000;

const CORPUS = `
CREATE (a1:Article {id: 'syn-a1', title: 'Russia’s “deal”', outlet: 'Wire', published: date('2025-01-01'), status: 'published'})
CREATE (a2:Article {id: 'syn-a2', titleInferred: 'An inferred title', outlet: 'Wire', published: date('2025-01-02'), status: 'published'})
CREATE (draft:Article {id: 'syn-draft', title: 'Not yet', status: 'draft'})
CREATE (p1:Person:Actor {id: 'p1', name: '=HYPERLINK("http://x")', label: 'Person-ish', type: 'typed', key: 'k',
  source: 'src', big: 9007199254740993, huge: 1.0e21, nan: 0.0/0.0, inf: 1.0/0.0, whole: 500.0,
  aliases: ['A', 'B, “C”']})
CREATE (p2:Person {id: 'p2', name: 'Zoë “Curly” O’Neil'})
CREATE (p3:Person {id: 'p3', name: 'Retracted Person', retracted: true})
CREATE (u:User {id: 'u1', name: 'an editor'})
CREATE (m:Meeting {id: 'm1', name: 'Talks', status: 'held', dateFrom: date('2025-01-01'), dateTo: date('2025-01-01')})
CREATE (m)-[:REPORTED_IN {quote: 'They met “today”.'}]->(a1)
CREATE (m)-[:REPORTED_IN {quote: 'A draft’s words.'}]->(draft)
CREATE (p1)-[:ATTENDED {role: 'host', attendance: 'attended', sources: ['syn-a1', 'syn-a2', 'syn-draft'],
  type: 'prop-type', label: 'prop-label', key: 'prop-key', source: 'prop-source', target: 'prop-target'}]->(m)
CREATE (p2)-[:ATTENDED {attendance: 'attended', sources: ['syn-a1']}]->(m)
CREATE (p1)-[:MET_WITH {n: 1}]->(p2)
CREATE (p1)-[:MET_WITH {n: 1}]->(p2)
CREATE (p1)-[:MET_WITH {n: 2}]->(p2)
CREATE (p1)-[:CRITICISED]->(p2)
CREATE (p3)-[:ATTENDED {attendance: 'attended'}]->(m)
CREATE (u)-[:ATTENDED]->(m)
`;

/** What a public export of the corpus (labels Person, Meeting, Article) must hold. */
export const VISIBLE = { nodes: 5, edges: 7 };
export const CORPUS_LABELS = 'Person,Meeting,Article';

export async function writeSyntheticCorpus(driver: Driver): Promise<void> {
  await driver.executeQuery(CORPUS, {}, { database: 'neo4j' });
  await driver.executeQuery(
    `UNWIND range(1, $count) AS i
     CREATE (:Filler {id: 'f' + i, name: 'filler ' + i, text: reduce(s = '', j IN range(1, 40) | s + 'ten chars ')})`,
    { count: FILLER_NODES },
    { database: 'neo4j' },
  );
}
