// The person-to-person projection: two people met when both attended one meeting in the window.
// One pair per edge (the lower id first), with how often, when, which meetings and the reporting articles.
// The window is a plain range on m.date so that the date index finds the meetings; undated meetings
// join only when no window is asked for (the service sets $includeUndated).
CALL () {
  MATCH (m:Meeting)
  WHERE m.date >= date($from) AND m.date <= date($to)
  RETURN m
  UNION
  MATCH (m:Meeting)
  WHERE $includeUndated AND m.date IS NULL
  RETURN m
}
WITH m
WHERE size($statuses) = 0 OR m.status IN $statuses
MATCH (a:Person)-[:ATTENDED]->(m)<-[:ATTENDED]-(b:Person)
WHERE a.id < b.id
WITH a, b, m
ORDER BY m.date, m.id
WITH a, b, collect(m) AS meetings
RETURN a, b,
  size(meetings) AS weight,
  [x IN meetings | x.id] AS meetingIds,
  [x IN meetings | x.status] AS statuses,
  meetings[0].date AS firstDate,
  meetings[-1].date AS lastDate,
  // From the pair's own meetings, not a scan of every REPORTED_IN per pair.
  COLLECT {
    UNWIND meetings AS x
    MATCH (x)-[:REPORTED_IN]->(article:Article)
    RETURN DISTINCT article.id AS id
    ORDER BY id
  } AS sources
ORDER BY a.id, b.id
