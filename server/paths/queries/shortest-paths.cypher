// All shortest paths between two nodes up to {{maxLength}} hops over the allowed relationship types.
MATCH (a:{{fromLabel}} {id: $fromId}), (b:{{toLabel}} {id: $toId})
MATCH p = allShortestPaths((a)-[{{types}}*..{{maxLength}}]-(b))
RETURN p
LIMIT $limit
