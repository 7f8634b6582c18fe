// Export of who met whom: the people who attended a meeting with someone else in the window.
// The window takes the same form as who-met-whom.cypher (an index-friendly range on m.date).
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
WHERE a <> b
WITH DISTINCT a AS n
RETURN n, [] AS reportedIn
ORDER BY n.id
