// Publishing: statements an article reports: the Statement (its words, dates when given), SAID from the
// speaker, MADE_AT the meeting it was made at (basis `stated`), ABOUT what it addresses, REPORTED_IN the
// article with the quote. Every relationship carries the article in `sources`.
MATCH (article:Article {id: $articleId})
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
ON CREATE SET s += row.props, s.date = date(row.dateFrom), s.dateFrom = date(row.dateFrom), s.dateTo = date(row.dateTo),
  s.addedBy = $by, s.addedAt = datetime($at)
MERGE (s)-[rep:REPORTED_IN]->(article)
SET rep.quote = row.quote, rep.dateText = row.dateText, rep.addedBy = $by, rep.addedAt = datetime($at)
WITH s, row
MATCH (speaker) WHERE elementId(speaker) = row.speaker
MERGE (speaker)-[said:SAID]->(s)
ON CREATE SET said.sources = [$articleId], said.addedBy = $by, said.addedAt = datetime($at)
WITH s, row
CALL (s, row) {
  UNWIND row.at AS meetingId
  MATCH (m) WHERE elementId(m) = meetingId
  MERGE (s)-[r:MADE_AT]->(m)
  ON CREATE SET r.basis = 'stated', r.sources = [$articleId], r.addedBy = $by, r.addedAt = datetime($at)
  RETURN count(r) AS madeAt
}
CALL (s, row) {
  UNWIND row.about AS topicId
  MATCH (t) WHERE elementId(t) = topicId
  MERGE (s)-[r:ABOUT]->(t)
  ON CREATE SET r.sources = [$articleId], r.addedBy = $by, r.addedAt = datetime($at)
  RETURN count(r) AS about
}
RETURN 'Statement:' + s.id AS key, madeAt, about
