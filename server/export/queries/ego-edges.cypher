// Export of an ego network: every visible relationship among its visible nodes, parallel ones next to each
// other, with the published articles its `sources` name.
MATCH (c:{{label}} {id: $id})
CALL (c) {
  MATCH p = (c)-[*0..{{depth}}]-(m)
  WHERE all(x IN nodes(p) WHERE x.retracted IS NULL AND NOT (x:Article AND x.status <> 'published')
      AND NOT any(l IN labels(x) WHERE l IN $internalLabels))
    AND all(r IN relationships(p) WHERE r.retracted IS NULL)
  RETURN collect(DISTINCT m) AS reached
}
WITH [x IN reached WHERE NOT any(l IN labels(x) WHERE l IN $internalLabels)
    AND x.retracted IS NULL
    AND (NOT x:Article OR x.status = 'published')
    AND (size($labels) = 0 OR any(l IN labels(x) WHERE l IN $labels))
    AND ($from IS NULL OR x.dateTo IS NULL OR x.dateTo >= date($from))
    AND ($to IS NULL OR x.dateFrom IS NULL OR x.dateFrom <= date($to))
    AND ($minSources = 0 OR NOT EXISTS { (x)-[:REPORTED_IN]->(:Article) }
      OR COUNT { MATCH (x)-[:REPORTED_IN]->(s:Article) WHERE s.status = 'published' AND s.retracted IS NULL RETURN DISTINCT s } >= $minSources)] AS nodes
UNWIND nodes AS a
MATCH (a)-[r]->(b)
WHERE b IN nodes
  AND r.retracted IS NULL
  AND ($minSources = 0 OR r.sources IS NULL
    OR COUNT { MATCH (s:Article) WHERE s.id IN r.sources AND s.status = 'published' AND s.retracted IS NULL RETURN DISTINCT s } >= $minSources)
RETURN r, labels(a) AS sourceLabels, a.id AS sourceId, elementId(a) AS sourceElement,
  labels(b) AS targetLabels, b.id AS targetId, elementId(b) AS targetElement,
  r.sources IS NOT NULL AS isFact,
  COLLECT {
    MATCH (s:Article)
    WHERE s.id IN coalesce(r.sources, []) AND s.status = 'published' AND s.retracted IS NULL
    RETURN {article: s.id, title: coalesce(s.title, s.titleInferred), titleInferred: s.title IS NULL AND s.titleInferred IS NOT NULL,
    outlet: coalesce(s.outlet, s.outletInferred), outletInferred: s.outlet IS NULL AND s.outletInferred IS NOT NULL,
    published: s.published, quote: null}
    ORDER BY s.id
  } AS sources
ORDER BY sourceElement, targetElement, type(r)
