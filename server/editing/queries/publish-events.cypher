// Publishing: events an article reports (new, or existing through sameAs), as meetings are published:
// REPORTED_IN {quote, status, dateText}, the status of the latest report, PARTICIPATED_IN {role, sources}.
MATCH (article:Article {id: $articleId})
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e += row.props, e.date = date(row.dateFrom), e.dateFrom = date(row.dateFrom), e.dateTo = date(row.dateTo),
  e.addedBy = $by, e.addedAt = datetime($at)
MERGE (e)-[rep:REPORTED_IN]->(article)
SET rep.quote = row.quote, rep.status = row.status, rep.dateText = row.dateText, rep.addedBy = $by,
  rep.addedAt = datetime($at)
WITH e, row
CALL (e) {
  MATCH (e)-[r:REPORTED_IN]->(a:Article)
  WHERE a.status = 'published' AND a.retracted IS NULL AND r.status IS NOT NULL
  RETURN r.status AS latestStatus, a.id = $articleId AS thisIsLatest
  ORDER BY coalesce(a.published, date(a.publishedAt)) DESC, thisIsLatest DESC
  LIMIT 1
}
SET e.status = latestStatus
WITH e, row
CALL (e, row) {
  UNWIND row.participants AS participant
  MATCH (x) WHERE elementId(x) = participant.elementId
  MERGE (x)-[r:PARTICIPATED_IN]->(e)
  ON CREATE SET r.addedBy = $by, r.addedAt = datetime($at), r.sources = [], r.role = participant.role
  SET r.sources = CASE WHEN $articleId IN r.sources THEN r.sources ELSE coalesce(r.sources, []) + $articleId END
  RETURN count(r) AS participants
}
RETURN 'Event:' + e.id AS key, e.status AS status, participants
