// The person-to-person projection: two people met when both attended one meeting in the window.
// One pair per edge (the lower id first), with how often, when, which meetings and the reporting articles.
MATCH (m:Meeting)
WHERE ($from IS NULL OR m.date >= date($from))
  AND ($to IS NULL OR m.date <= date($to))
  AND (size($statuses) = 0 OR m.status IN $statuses)
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
  COLLECT {
    MATCH (x:Meeting)-[:REPORTED_IN]->(article:Article)
    WHERE x IN meetings
    RETURN DISTINCT article.id
    ORDER BY article.id
  } AS sources
ORDER BY a.id, b.id
