// Export by keys: the named nodes that are publicly visible (and pass minSources), each with the published
// articles reporting it. Each ref carries the element id that its label's id constraint found it under
// (db/node-lookup.cypher), so this is a seek per key; id and label are checked again because an element id
// may be reused once its node is deleted. The visibility test is the same in every export query
// (graph/visibility.ts); $labels, $from and $to are empty here.
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
