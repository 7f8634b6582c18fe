// Resource claims filtered by resource, by country (directly or through a place inside it) and by
// claimant, each with who made it, what it is about, what it concerns and its sources.
// Public reads only (server/graph/visibility.ts): no retracted claim, node or relationship; sources are
// published, unretracted articles, and sourceCount counts them (distinct). $minSources (null: no filter) is
// checked on the candidates before LIMIT.
// Index-backed at any graph size: the candidates come from the resource, else the country (and the places IN
// it), else the claimant (through its label's id constraint), each found by its id; with no filter, the first
// $limit claims in the id index's order. Each branch is guarded by an UNWIND of an empty list, so an unused
// branch reads nothing; every filter is then checked on the candidates.
CALL () {
  UNWIND CASE WHEN $resource IS NULL THEN [] ELSE [$resource] END AS resourceId
  MATCH (:Resource {id: resourceId})<-[:ABOUT]-(c:ResourceClaim)
  RETURN c
  UNION
  UNWIND CASE WHEN $resource IS NULL AND $country IS NOT NULL THEN [$country] ELSE [] END AS countryId
  MATCH (:Country {id: countryId})<-[:IN*0..4]-()<-[:CONCERNS]-(c:ResourceClaim)
  RETURN c
  UNION
  // A claimant of a label MADE starts from (SCHEMA.md): Person, Organization or Country.
  UNWIND CASE WHEN $resource IS NULL AND $country IS NULL AND $claimant IS NOT NULL THEN [$claimant] ELSE [] END AS k
  CALL (k) {
    MATCH (:Person {id: k.id})-[:MADE]->(c:ResourceClaim)
    WHERE coalesce(k.label, 'Person') = 'Person'
    RETURN c
    UNION
    MATCH (:Organization {id: k.id})-[:MADE]->(c:ResourceClaim)
    WHERE coalesce(k.label, 'Organization') = 'Organization'
    RETURN c
    UNION
    MATCH (:Country {id: k.id})-[:MADE]->(c:ResourceClaim)
    WHERE coalesce(k.label, 'Country') = 'Country'
    RETURN c
  }
  RETURN c
  UNION
  // Any other claimant (a user's own labels, or an id under no known label): every claim's MADE.
  UNWIND CASE WHEN $resource IS NULL AND $country IS NULL AND $claimant IS NOT NULL
    AND NOT coalesce($claimant.label, '') IN ['Person', 'Organization', 'Country'] THEN [$claimant] ELSE [] END AS k
  MATCH (claimant)-[:MADE]->(c:ResourceClaim)
  WHERE claimant.id = k.id
  RETURN c
  UNION
  UNWIND CASE WHEN $resource IS NULL AND $country IS NULL AND $claimant IS NULL THEN [true] ELSE [] END AS everything
  CALL () {
    MATCH (c:ResourceClaim)
    WHERE c.id IS NOT NULL AND c.retracted IS NULL
      AND ($minSources IS NULL OR COUNT {
        MATCH (c)-[rep:REPORTED_IN]->(a:Article)
        WHERE rep.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
        RETURN DISTINCT a
      } >= $minSources)
    WITH c
    ORDER BY c.id
    LIMIT $limit
    RETURN c
  }
  RETURN c
}
WITH c
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
  // sourceCount for the filter only when one is asked for (EXISTS after OR runs only then), for the answer
  // after LIMIT.
  AND ($minSources IS NULL OR EXISTS {
    MATCH (c)-[rep:REPORTED_IN]->(a:Article)
    WHERE rep.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
    WITH count(DISTINCT a) AS sources
    WHERE sources >= $minSources
    RETURN sources
  })
WITH c
ORDER BY c.id
LIMIT $limit
WITH c, COUNT {
  MATCH (c)-[rep:REPORTED_IN]->(a:Article)
  WHERE rep.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
  RETURN DISTINCT a
} AS sourceCount
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
