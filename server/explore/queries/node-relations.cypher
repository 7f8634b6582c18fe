// A node's relationships with the node at the other end; provenance links only for articles themselves.
MATCH (n:{{label}} {id: $id})
MATCH (n)-[r]-(other)
WHERE n:Article OR NOT type(r) IN ['REPORTED_IN', 'MENTIONS']
RETURN r AS relationship, other, startNode(r) = n AS outgoing
ORDER BY type(r), other.id
LIMIT $limit
