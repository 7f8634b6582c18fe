// All shortest paths between two nodes up to {{maxLength}} hops over the allowed relationship types, through
// the public graph only: no hop over a retracted relationship, no stop at a retracted node, an unpublished
// article or an internal node (server/graph/visibility.ts). The predicates are checked during the search.
MATCH (a:{{fromLabel}} {id: $fromId}), (b:{{toLabel}} {id: $toId})
MATCH p = allShortestPaths((a)-[{{types}}*..{{maxLength}}]-(b))
WHERE all(r IN relationships(p) WHERE r.retracted IS NULL)
  AND all(n IN nodes(p) WHERE n.retracted IS NULL
    AND (NOT n:Article OR n.status = 'published')
    AND none(label IN labels(n) WHERE label IN $internal))
RETURN p
LIMIT $limit
