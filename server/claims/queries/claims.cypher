// Resource claims filtered by resource, by country (directly or through a place inside it) and by
// claimant, each with who made it, what it is about, what it concerns and its sources.
// Public reads only (server/graph/visibility.ts): no retracted claim, node or relationship; sources are
// published, unretracted articles, and sourceCount counts them (distinct). $minSources (null: no filter) is
// checked on the candidates before LIMIT.
MATCH (c:ResourceClaim)
WHERE c.retracted IS NULL
  AND ($resource IS NULL OR EXISTS {
    MATCH (c)-[ab:ABOUT]->(r:Resource)
    WHERE r.id = $resource AND ab.retracted IS NULL AND r.retracted IS NULL
  })
  AND ($country IS NULL OR EXISTS {
    MATCH (c)-[co:CONCERNS]->(at)-[:IN*0..4]->(x:Country)
    WHERE x.id = $country AND co.retracted IS NULL AND at.retracted IS NULL
  })
  AND ($claimant IS NULL OR EXISTS {
    MATCH (k)-[made:MADE]->(c)
    WHERE k.id = $claimant.id AND ($claimant.label IS NULL OR $claimant.label IN labels(k))
      AND made.retracted IS NULL AND k.retracted IS NULL
  })
WITH c, COUNT {
  MATCH (c)-[rep:REPORTED_IN]->(a:Article)
  WHERE rep.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
  RETURN DISTINCT a
} AS sourceCount
WHERE $minSources IS NULL OR sourceCount >= $minSources
WITH c, sourceCount
ORDER BY c.id
LIMIT $limit
RETURN c AS claim, sourceCount,
  COLLECT { MATCH (k)-[made:MADE]->(c) WHERE made.retracted IS NULL AND k.retracted IS NULL RETURN k ORDER BY k.id } AS claimants,
  COLLECT { MATCH (c)-[ab:ABOUT]->(r) WHERE ab.retracted IS NULL AND r.retracted IS NULL RETURN r ORDER BY r.id } AS resources,
  COLLECT { MATCH (c)-[co:CONCERNS]->(x) WHERE co.retracted IS NULL AND x.retracted IS NULL RETURN x ORDER BY x.id } AS concerns,
  COLLECT {
    MATCH (c)-[rep:REPORTED_IN]->(a:Article)
    WHERE rep.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
    RETURN {article: a, quote: rep.quote} AS source
    ORDER BY a.published, a.id
  } AS sources
ORDER BY c.id
