// One batch of relationships of one type between two labels; the identifiers come from server/bulk/model.ts.
// MATCH, not MERGE, on the endpoints: the validator has already checked that every endpoint exists.
// ON CREATE / ON MATCH keep the plan free of an Eager (see merge-nodes.cypher).
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
ON CREATE SET r += row.props
ON MATCH SET r += row.props
