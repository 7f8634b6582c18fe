// A node's relationships with the node at the other end; provenance links only for articles themselves.
// Public graph only: no retracted relationship, no retracted, unpublished or internal node at the other end.
// A fact at the other end carries its sourceCount.
MATCH (n:{{label}} {id: $id})
MATCH (n)-[r]-(other)
WHERE (n:Article OR NOT type(r) IN ['REPORTED_IN', 'MENTIONS'])
  AND r.retracted IS NULL AND other.retracted IS NULL
  AND (NOT other:Article OR other.status = 'published')
  AND none(label IN labels(other) WHERE label IN $internal)
RETURN r AS relationship, other, startNode(r) = n AS outgoing,
  CASE WHEN any(label IN labels(other) WHERE label IN $factLabels) THEN COUNT {
    MATCH (other)-[rep:REPORTED_IN]->(a:Article)
    WHERE rep.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
    RETURN DISTINCT a
  } END AS sourceCount
ORDER BY type(r), other.id
LIMIT $limit
