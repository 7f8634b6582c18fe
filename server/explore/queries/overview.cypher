// The best-connected entities (articles aside) and every relationship among them: a bounded first view.
// Public graph only (server/graph/visibility.ts): no retracted or internal node, no retracted relationship.
// Facts carry their sourceCount (distinct published, unretracted reporting articles).
// The answer is cached per graph version (server/cache), so the ranking runs once per write, not per request.
// It reads no property of most nodes: the $limit * 2 best-connected non-articles by degree alone (getDegree);
// those strictly above the last one's degree outrank every node left out, so when at least $limit of them are
// visible they are the answer (by degree, then id). Otherwise (a small graph, hidden hubs) every node is
// ranked with every rule; that branch is guarded by an UNWIND of an empty list, so it reads nothing when unused.
CALL () {
  MATCH (n)
  WHERE NOT n:Article
  WITH n, COUNT { (n)--() } AS degree
  ORDER BY degree DESC
  LIMIT $limit * 2
  RETURN collect({node: n, degree: degree}) AS candidates
}
WITH [c IN candidates WHERE c.degree > last(candidates).degree AND c.node.retracted IS NULL
  AND none(label IN labels(c.node) WHERE label IN $internal)] AS sure
CALL (sure) {
  UNWIND sure AS c
  WITH c
  ORDER BY c.degree DESC, c.node.id
  LIMIT $limit
  RETURN collect(c.node) AS top
}
CALL (sure) {
  UNWIND CASE WHEN size(sure) >= $limit THEN [] ELSE [true] END AS everyNode
  MATCH (n)
  WHERE NOT n:Article AND n.retracted IS NULL AND none(label IN labels(n) WHERE label IN $internal)
  WITH n, COUNT { (n)--() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $limit
  RETURN collect(n) AS ranked
}
WITH CASE WHEN size(sure) >= $limit THEN top ELSE ranked END AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r]->(b)
WHERE b IN nodes AND r.retracted IS NULL
RETURN a AS node, collect(r) AS relationships,
  CASE WHEN any(label IN labels(a) WHERE label IN $factLabels) THEN COUNT {
    MATCH (a)-[rep:REPORTED_IN]->(article:Article)
    WHERE rep.retracted IS NULL AND coalesce(article.status, '') = 'published' AND article.retracted IS NULL
    RETURN DISTINCT article
  } END AS sourceCount
