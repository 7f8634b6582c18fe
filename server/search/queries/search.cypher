// Ranked full-text search over names, aliases, texts and titles, optionally within some labels. Only what
// the public may see (server/graph/visibility.ts): no retracted node, no article that is not published; the
// index covers no internal label. Facts carry their sourceCount (distinct visible reporting articles).
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE (size($labels) = 0 OR any(label IN labels(node) WHERE label IN $labels))
  AND node.retracted IS NULL
  AND (NOT node:Article OR node.status = 'published')
WITH node, score
ORDER BY score DESC, node.id
LIMIT $limit
RETURN node, score,
  CASE WHEN any(label IN labels(node) WHERE label IN $factLabels) THEN COUNT {
    MATCH (node)-[r:REPORTED_IN]->(a:Article)
    WHERE r.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
    RETURN DISTINCT a
  } END AS sourceCount
ORDER BY score DESC, node.id
