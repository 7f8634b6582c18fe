// The reference import of one relationship file, one pass per endpoint-label pair so that each MATCH
// uses that label's id constraint, exactly as the bulk loader's batches do.
LOAD CSV WITH HEADERS FROM $url AS row
WITH row WHERE row.from STARTS WITH $fromPrefix AND row.to STARTS WITH $toPrefix
CALL (row) {
  MATCH (a:__FROM__ {id: substring(row.from, size($fromPrefix))})
  MATCH (b:__TO__ {id: substring(row.to, size($toPrefix))})
  MERGE (a)-[r:__TYPE__]->(b)
  SET r += __PROPS__
} IN TRANSACTIONS OF __BATCH__ ROWS
