// Export of who met whom: the people who attended a meeting with someone else in the window.
MATCH (m:Meeting)
WHERE ($from IS NULL OR m.date >= date($from))
  AND ($to IS NULL OR m.date <= date($to))
  AND (size($statuses) = 0 OR m.status IN $statuses)
MATCH (a:Person)-[:ATTENDED]->(m)<-[:ATTENDED]-(b:Person)
WHERE a <> b
WITH DISTINCT a AS n
RETURN n, [] AS reportedIn
ORDER BY n.id
