// Publishing: meetings an article reports, new ones (row.id not yet in the graph) or existing ones (sameAs).
// Each gets REPORTED_IN {quote, status, dateText} to the article; its status becomes that of its latest
// report (by the articles' `published`, this article winning a tie); attendees' ATTENDED gain the article in
// `sources`, and take this report's attendance when it is the latest; HELD_AT the place, if given.
MATCH (article:Article {id: $articleId})
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
ON CREATE SET m += row.props, m.date = date(row.dateFrom), m.dateFrom = date(row.dateFrom), m.dateTo = date(row.dateTo),
  // Derived (docs/data-model.md): the span in days that bounds time-window seeks; null when undated.
  m.spanDays = duration.inDays(date(row.dateFrom), date(row.dateTo)).days,
  m.addedBy = $by, m.addedAt = datetime($at)
MERGE (m)-[rep:REPORTED_IN]->(article)
SET rep.quote = row.quote, rep.status = row.status, rep.dateText = row.dateText, rep.addedBy = $by,
  rep.addedAt = datetime($at)
WITH m, row
CALL (m) {
  MATCH (m)-[r:REPORTED_IN]->(a:Article)
  WHERE a.status = 'published' AND a.retracted IS NULL AND r.status IS NOT NULL
  RETURN r.status AS latestStatus, a.id = $articleId AS thisIsLatest
  ORDER BY coalesce(a.published, date(a.publishedAt)) DESC, thisIsLatest DESC
  LIMIT 1
}
SET m.status = latestStatus
WITH m, row, thisIsLatest
CALL (m, row, thisIsLatest) {
  UNWIND row.attendees AS attendee
  MATCH (x) WHERE elementId(x) = attendee.elementId
  MERGE (x)-[r:ATTENDED]->(m)
  ON CREATE SET r.addedBy = $by, r.addedAt = datetime($at), r.sources = [], r.attendance = attendee.attendance
  SET r.sources = CASE WHEN $articleId IN r.sources THEN r.sources ELSE coalesce(r.sources, []) + $articleId END,
    r.attendance = CASE WHEN thisIsLatest THEN attendee.attendance ELSE r.attendance END,
    r.role = coalesce(r.role, attendee.role)
  RETURN count(r) AS attendees
}
CALL (m, row) {
  UNWIND row.places AS placeId
  MATCH (place) WHERE elementId(place) = placeId
  MERGE (m)-[r:HELD_AT]->(place)
  ON CREATE SET r.addedBy = $by, r.addedAt = datetime($at), r.sources = []
  SET r.sources = CASE WHEN $articleId IN r.sources THEN r.sources ELSE coalesce(r.sources, []) + $articleId END
  RETURN count(r) AS places
}
RETURN 'Meeting:' + m.id AS key, m.status AS status, attendees, places
