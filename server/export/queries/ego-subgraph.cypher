// Export of an ego network, walked once: the node and everything within {{depth}} hops that is publicly
// visible (and passes minSources), sorted, then every visible relationship among them, parallel ones next to
// each other (sorted per start node: no sort over the whole set). The walk never passes a hidden node or
// relationship, as neighbours and paths do not. Sources travel as article ids (a node's reports, a
// relationship's `sources`), looked up a batch at a time by the server (subgraph-stream.ts), which also
// drops the relationships below minSources (a subquery here would run for every relationship, even at 0).
// A relationship row names its ends by element id alone: every node row comes first, and the server keeps
// their keys (each end's labels and id, read and decoded again for every relationship, cost both processes).
MATCH (c:{{label}} {id: $id})
CALL (c) {
  MATCH p = (c)-[*0..{{depth}}]-(m)
  WHERE all(x IN nodes(p) WHERE x.retracted IS NULL AND NOT (x:Article AND x.status <> 'published')
      AND NOT any(l IN labels(x) WHERE l IN $internalLabels))
    AND all(r IN relationships(p) WHERE r.retracted IS NULL)
  RETURN collect(DISTINCT m) AS reached
}
WITH [x IN reached WHERE $minSources = 0 OR NOT EXISTS { (x)-[:REPORTED_IN]->(:Article) }
    OR COUNT { MATCH (x)-[:REPORTED_IN]->(s:Article) WHERE s.status = 'published' AND s.retracted IS NULL RETURN DISTINCT s } >= $minSources] AS nodes
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
