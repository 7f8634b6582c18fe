// Export by keys: every relationship between two of the named nodes, parallel ones next to each other.
// The nodes are sought by the element ids their keys were found under, as in keys-nodes.cypher.
UNWIND $refs AS ref
MATCH (n)
WHERE elementId(n) = ref.elementId AND n.id = ref.id AND ref.label IN labels(n)
WITH collect(DISTINCT n) AS nodes
UNWIND nodes AS a
MATCH (a)-[r]->(b)
WHERE b IN nodes
RETURN r, labels(a) AS sourceLabels, a.id AS sourceId, elementId(a) AS sourceElement,
  labels(b) AS targetLabels, b.id AS targetId, elementId(b) AS targetElement
ORDER BY sourceElement, targetElement, type(r)
