// The best-connected entities (articles aside) and every relationship among them: a bounded first view.
// Public graph only (server/graph/visibility.ts): no retracted or internal node, no retracted relationship.
// Facts carry their sourceCount (distinct published, unretracted reporting articles).
MATCH (n)
WHERE NOT n:Article AND n.retracted IS NULL AND none(label IN labels(n) WHERE label IN $internal)
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
WITH collect(n) AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r]->(b)
WHERE b IN nodes AND r.retracted IS NULL
RETURN a AS node, collect(r) AS relationships,
  CASE WHEN any(label IN labels(a) WHERE label IN $factLabels) THEN COUNT {
    MATCH (a)-[rep:REPORTED_IN]->(article:Article)
    WHERE rep.retracted IS NULL AND coalesce(article.status, '') = 'published' AND article.retracted IS NULL
    RETURN DISTINCT article
  } END AS sourceCount
