// Whole-graph export, streamed: the visible nodes of the asked labels ({{label}} is `A`|`B`|…, one union
// label scan, one plan for the whole set), within the time window (facts whose date range overlaps it;
// undated nodes stay) and minSources, with the published articles reporting each.
MATCH (n:{{label}})
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
