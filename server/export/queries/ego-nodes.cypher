// Export of an ego network: the node and everything within {{depth}} hops, with the articles reporting each.
MATCH (c:{{label}} {id: $id})
CALL (c) {
  MATCH (c)-[*0..{{depth}}]-(m)
  RETURN DISTINCT m AS n
}
RETURN n, COLLECT { MATCH (n)-[:REPORTED_IN]->(a:Article) RETURN a.id ORDER BY a.id } AS reportedIn
ORDER BY labels(n)[0], n.id
