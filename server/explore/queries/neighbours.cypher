// The nodes within {{depth}} hops, nearest and best-connected first, cut at $limit; every relationship
// among the kept nodes; and, for each left-out node, the type of the relationship it was reached by.
// Public graph only (server/graph/visibility.ts): a walk never crosses a retracted relationship nor passes
// a retracted, unpublished or internal node; kept facts carry their sourceCount.
MATCH (c:{{label}} {id: $id})
WHERE c.retracted IS NULL AND (NOT c:Article OR c.status = 'published')
OPTIONAL MATCH p = (c)-[{{types}}*1..{{depth}}]-(m)
WHERE m <> c
  AND all(r IN relationships(p) WHERE r.retracted IS NULL)
  AND all(x IN nodes(p) WHERE x.retracted IS NULL
    AND (NOT x:Article OR x.status = 'published')
    AND none(label IN labels(x) WHERE label IN $internal))
WITH c, m, p
ORDER BY length(p)
WITH c, m, min(length(p)) AS distance, head(collect(type(last(relationships(p))))) AS via
WITH c, m, distance, via, CASE WHEN m IS NULL THEN 0 ELSE COUNT { (m)--() } END AS degree
ORDER BY distance, degree DESC, m.id
WITH c, [x IN collect({node: m, via: via}) WHERE x.node IS NOT NULL] AS found
WITH c, [x IN found[0..$limit] | x.node] AS kept, [x IN found[$limit..] | x.via] AS leftOutVia
WITH c, kept, leftOutVia, [c] + kept AS shown
CALL (shown) {
  UNWIND shown AS a
  OPTIONAL MATCH (a)-[r{{types}}]->(b)
  WHERE b IN shown AND r.retracted IS NULL
  RETURN collect(r) AS relationships
}
CALL (shown) {
  UNWIND shown AS f
  WITH f WHERE any(label IN labels(f) WHERE label IN $factLabels)
  RETURN collect({key: f.id, elementId: elementId(f), sourceCount: COUNT {
    MATCH (f)-[rep:REPORTED_IN]->(article:Article)
    WHERE rep.retracted IS NULL AND coalesce(article.status, '') = 'published' AND article.retracted IS NULL
    RETURN DISTINCT article
  }}) AS facts
}
RETURN c AS center, kept, leftOutVia, relationships, facts
