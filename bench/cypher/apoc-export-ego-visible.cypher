// The APOC reference for bench/export-vs-apoc.ts: exactly the node set and relationships of an ego export
// (server/export/queries/ego-*.cypher with nothing filtered beyond visibility), without their sources,
// handed to apoc.export.graphml.data as one stream. __DEPTH__ is an integer from the bench.
MATCH (c:Person {id: $id})
CALL (c) {
  MATCH p = (c)-[*0..__DEPTH__]-(m)
  WHERE all(x IN nodes(p) WHERE x.retracted IS NULL AND NOT (x:Article AND x.status <> 'published')
      AND NOT any(l IN labels(x) WHERE l IN $internalLabels))
    AND all(r IN relationships(p) WHERE r.retracted IS NULL)
  RETURN collect(DISTINCT m) AS reached
}
WITH [x IN reached WHERE NOT any(l IN labels(x) WHERE l IN $internalLabels)
    AND x.retracted IS NULL
    AND (NOT x:Article OR x.status = 'published')] AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND r.retracted IS NULL
  RETURN collect(r) AS rels
}
CALL apoc.export.graphml.data(nodes, rels, null, {stream: true, useTypes: true})
YIELD nodes AS nodeCount, relationships, data
RETURN nodeCount, relationships, data
