// Sources of the nodes a Cypher export found (by element id): whether each is a fact, and the published
// articles reporting it with their quotes.
UNWIND $ids AS eid
MATCH (n)
WHERE elementId(n) = eid
RETURN n, EXISTS { (n)-[:REPORTED_IN]->(:Article) } AS isFact,
  COLLECT {
    MATCH (n)-[ri:REPORTED_IN]->(s:Article)
    WHERE s.status = 'published' AND s.retracted IS NULL
    RETURN {article: s.id, title: coalesce(s.title, s.titleInferred), titleInferred: s.title IS NULL AND s.titleInferred IS NOT NULL,
    outlet: coalesce(s.outlet, s.outletInferred), outletInferred: s.outlet IS NULL AND s.outletInferred IS NOT NULL,
    published: s.published, quote: ri.quote}
    ORDER BY s.id
  } AS sources
