// Whole-graph export: visible relationships of the asked types ({{types}} is :`A`|`B`|…, one plan for the
// whole set) whose both ends pass the same node filter as graph-nodes.cypher, parallel ones next to each other;
// its `sources` (article ids) are resolved by sourcing.ts.
MATCH (a)-[r{{types}}]->(b)
WHERE all(x IN [a, b] WHERE NOT any(l IN labels(x) WHERE l IN $internalLabels)
    AND x.retracted IS NULL
    AND (NOT x:Article OR x.status = 'published')
    AND (size($labels) = 0 OR any(l IN labels(x) WHERE l IN $labels))
    AND ($from IS NULL OR x.dateTo IS NULL OR x.dateTo >= date($from))
    AND ($to IS NULL OR x.dateFrom IS NULL OR x.dateFrom <= date($to))
    AND ($minSources = 0 OR NOT EXISTS { (x)-[:REPORTED_IN]->(:Article) }
      OR COUNT { MATCH (x)-[:REPORTED_IN]->(s:Article) WHERE s.status = 'published' AND s.retracted IS NULL RETURN DISTINCT s } >= $minSources))
  AND r.retracted IS NULL
  AND ($minSources = 0 OR r.sources IS NULL
    OR COUNT { MATCH (s:Article) WHERE s.id IN r.sources AND s.status = 'published' AND s.retracted IS NULL RETURN DISTINCT s } >= $minSources)
RETURN null AS n, null AS reports, type(r) AS type, properties(r) AS props,
  labels(a) AS sourceLabels, a.id AS sourceId, elementId(a) AS sourceElement,
  labels(b) AS targetLabels, b.id AS targetId, elementId(b) AS targetElement
ORDER BY sourceElement, targetElement, type
