// Resource claims filtered by resource, by country (directly or through a place inside it) and by
// claimant, each with who made it, what it is about, what it concerns and its sources.
MATCH (c:ResourceClaim)
WHERE ($resource IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(r:Resource) WHERE r.id = $resource })
  AND ($country IS NULL OR EXISTS {
    MATCH (c)-[:CONCERNS]->()-[:IN*0..4]->(x:Country)
    WHERE x.id = $country
  })
  AND ($claimant IS NULL OR EXISTS {
    MATCH (k)-[:MADE]->(c)
    WHERE k.id = $claimant.id AND ($claimant.label IS NULL OR $claimant.label IN labels(k))
  })
WITH c
ORDER BY c.id
LIMIT $limit
RETURN c AS claim,
  COLLECT { MATCH (k)-[:MADE]->(c) RETURN k ORDER BY k.id } AS claimants,
  COLLECT { MATCH (c)-[:ABOUT]->(r) RETURN r ORDER BY r.id } AS resources,
  COLLECT { MATCH (c)-[:CONCERNS]->(x) RETURN x ORDER BY x.id } AS concerns,
  COLLECT {
    MATCH (c)-[rep:REPORTED_IN]->(a:Article)
    RETURN {article: a, quote: rep.quote} AS source
    ORDER BY a.published, a.id
  } AS sources
