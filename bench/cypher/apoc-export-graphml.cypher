// The APOC reference for the export bench: the same ego network as server/export/queries/ego-*.cypher,
// handed to apoc.export.graphml.query as nodes and relationships. __DEPTH__ is an integer from the bench;
// $id is replaced by a checked string literal, since the procedure passes no parameters to this query.
MATCH (c:Person {id: $id})
CALL (c) {
  MATCH (c)-[*0..__DEPTH__]-(m)
  RETURN collect(DISTINCT m) AS nodes
}
UNWIND nodes AS a
MATCH (a)-[r]->(b)
WHERE b IN nodes
RETURN a, r, b
