// Whole-graph export, streamed: the visible nodes of the asked labels ({{label}} is `A`|`B`|…, one union
// label scan, one plan for the whole set), within the time window (facts whose date range overlaps it;
// undated nodes stay) and minSources, each with its reports ([article id, quote], resolved by sourcing.ts).
MATCH (n:{{label}})
WHERE all(x IN [n] WHERE NOT any(l IN labels(x) WHERE l IN $internalLabels)
    AND x.retracted IS NULL
    AND (NOT x:Article OR x.status = 'published')
    AND (size($labels) = 0 OR any(l IN labels(x) WHERE l IN $labels))
    AND ($from IS NULL OR x.dateTo IS NULL OR x.dateTo >= date($from))
    AND ($to IS NULL OR x.dateFrom IS NULL OR x.dateFrom <= date($to))
    AND ($minSources = 0 OR NOT EXISTS { (x)-[:REPORTED_IN]->(:Article) }
      OR COUNT { MATCH (x)-[:REPORTED_IN]->(s:Article) WHERE s.status = 'published' AND s.retracted IS NULL RETURN DISTINCT s } >= $minSources))
RETURN n, COLLECT { MATCH (n)-[ri:REPORTED_IN]->(s:Article) RETURN [s.id, ri.quote] } AS reports,
  null AS type, null AS props, null AS sourceLabels, null AS sourceId, null AS sourceElement,
  null AS targetLabels, null AS targetId, null AS targetElement
