// Export of an ego network: every relationship among its nodes, parallel ones next to each other.
MATCH (c:{{label}} {id: $id})
CALL (c) {
  MATCH (c)-[*0..{{depth}}]-(m)
  RETURN collect(DISTINCT m) AS nodes
}
UNWIND nodes AS a
MATCH (a)-[r]->(b)
WHERE b IN nodes
RETURN r, labels(a) AS sourceLabels, a.id AS sourceId, elementId(a) AS sourceElement,
  labels(b) AS targetLabels, b.id AS targetId, elementId(b) AS targetElement
ORDER BY sourceElement, targetElement, type(r)
