// Export of an ego network: the node and everything within {{depth}} hops that is publicly visible (and
// passes minSources), with the published articles reporting each. The walk never passes a hidden node
// or relationship, as neighbours and paths do not ($labels, $from and $to are empty here).
MATCH (c:{{label}} {id: $id})
CALL (c) {
  MATCH p = (c)-[*0..{{depth}}]-(m)
  WHERE all(x IN nodes(p) WHERE x.retracted IS NULL AND NOT (x:Article AND x.status <> 'published')
      AND NOT any(l IN labels(x) WHERE l IN $internalLabels))
    AND all(r IN relationships(p) WHERE r.retracted IS NULL)
  RETURN DISTINCT m AS n
}
WITH n
WHERE all(x IN [n] WHERE NOT any(l IN labels(x) WHERE l IN $internalLabels)
    AND x.retracted IS NULL
    AND (NOT x:Article OR x.status = 'published')
    AND (size($labels) = 0 OR any(l IN labels(x) WHERE l IN $labels))
    AND ($from IS NULL OR x.dateTo IS NULL OR x.dateTo >= date($from))
    AND ($to IS NULL OR x.dateFrom IS NULL OR x.dateFrom <= date($to))
    AND ($minSources = 0 OR NOT EXISTS { (x)-[:REPORTED_IN]->(:Article) }
      OR COUNT { MATCH (x)-[:REPORTED_IN]->(s:Article) WHERE s.status = 'published' AND s.retracted IS NULL RETURN DISTINCT s } >= $minSources))
RETURN n, EXISTS { (n)-[:REPORTED_IN]->(:Article) } AS isFact,
  COLLECT {
    MATCH (n)-[ri:REPORTED_IN]->(s:Article)
    WHERE s.status = 'published' AND s.retracted IS NULL
    RETURN {article: s.id, title: coalesce(s.title, s.titleInferred), titleInferred: s.title IS NULL AND s.titleInferred IS NOT NULL,
    outlet: coalesce(s.outlet, s.outletInferred), outletInferred: s.outlet IS NULL AND s.outletInferred IS NOT NULL,
    published: s.published, quote: ri.quote}
    ORDER BY s.id
  } AS sources
ORDER BY labels(n)[0], n.id
