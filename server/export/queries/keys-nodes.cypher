// Export by keys: the named nodes, with the articles reporting each. Each ref carries the element id that
// its label's id constraint found it under (db/node-lookup.cypher), so this is a seek per key; id and label
// are checked again because an element id may be reused once its node is deleted.
UNWIND $refs AS ref
MATCH (n)
WHERE elementId(n) = ref.elementId AND n.id = ref.id AND ref.label IN labels(n)
WITH DISTINCT n
RETURN n, COLLECT { MATCH (n)-[:REPORTED_IN]->(a:Article) RETURN a.id ORDER BY a.id } AS reportedIn
ORDER BY labels(n)[0], n.id
