// The reference import, Neo4j's own way: LOAD CSV of one node file in batched transactions.
// __LABEL__, __PROPS__ (a map of row columns with type conversions) and __BATCH__ come from loader/model.ts.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (n:__LABEL__ {id: row.id})
  SET n += __PROPS__
} IN TRANSACTIONS OF __BATCH__ ROWS
