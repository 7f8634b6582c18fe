// Export by keys, in one query: the named nodes that are publicly visible (and pass minSources), sorted, then
// every visible relationship between two of them, parallel ones next to each other (sorted per start node).
// Each ref carries the element id that its label's id constraint found it under (db/node-lookup.cypher), so
// this is a seek per key; id and label are checked again because an element id may be reused once its node
// is deleted. Sources travel as article ids, looked up a batch at a time by the server (subgraph-stream.ts), which also
// drops the relationships below minSources.
// A relationship row names its ends by element id alone: every node row comes first, and the server keeps
// their keys.
// The visibility test is the same in every export query (graph/visibility.ts); $labels, $from and $to are
// empty here.
UNWIND $refs AS ref
MATCH (n)
WHERE elementId(n) = ref.elementId AND n.id = ref.id AND ref.label IN labels(n)
WITH DISTINCT n
WHERE all(x IN [n] WHERE NOT any(l IN labels(x) WHERE l IN $internalLabels)
    AND x.retracted IS NULL
    AND (NOT x:Article OR x.status = 'published')
    AND (size($labels) = 0 OR any(l IN labels(x) WHERE l IN $labels))
    AND ($from IS NULL OR x.dateTo IS NULL OR x.dateTo >= date($from))
    AND ($to IS NULL OR x.dateFrom IS NULL OR x.dateFrom <= date($to))
    AND ($minSources = 0 OR NOT EXISTS { (x)-[:REPORTED_IN]->(:Article) }
      OR COUNT { MATCH (x)-[:REPORTED_IN]->(s:Article) WHERE s.status = 'published' AND s.retracted IS NULL RETURN DISTINCT s } >= $minSources))
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS n
  WITH n ORDER BY labels(n)[0], n.id
  RETURN n, COLLECT { MATCH (n)-[ri:REPORTED_IN]->(s:Article) RETURN [s.id, ri.quote] } AS reports,
    null AS type, null AS props, null AS sourceLabels, null AS sourceId, null AS sourceElement,
    null AS targetLabels, null AS targetId, null AS targetElement
  UNION ALL
  UNWIND nodes AS a
  CALL (a, nodes) {
    MATCH (a)-[r]->(b)
    WHERE r.retracted IS NULL AND b IN nodes
    RETURN r, b
    ORDER BY elementId(b), type(r)
  }
  RETURN null AS n, null AS reports, type(r) AS type, properties(r) AS props,
    null AS sourceLabels, null AS sourceId, elementId(a) AS sourceElement,
    null AS targetLabels, null AS targetId, elementId(b) AS targetElement
}
RETURN n, reports, type, props, sourceLabels, sourceId, sourceElement, targetLabels, targetId, targetElement
