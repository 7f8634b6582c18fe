// Publishing: agreements and their parties an article reports (new, or existing through sameAs):
// REPORTED_IN {quote, status, dateText}, the status of the latest report, PARTY_TO {sources} from each party.
MATCH (article:Article {id: $articleId})
UNWIND $rows AS row
MERGE (g:Agreement {id: row.id})
ON CREATE SET g += row.props, g.addedBy = $by, g.addedAt = datetime($at)
MERGE (g)-[rep:REPORTED_IN]->(article)
SET rep.quote = row.quote, rep.status = row.status, rep.dateText = row.dateText, rep.addedBy = $by,
  rep.addedAt = datetime($at)
WITH g, row
CALL (g) {
  MATCH (g)-[r:REPORTED_IN]->(a:Article)
  WHERE a.status = 'published' AND a.retracted IS NULL AND r.status IS NOT NULL
  RETURN r.status AS latestStatus, a.id = $articleId AS thisIsLatest
  ORDER BY coalesce(a.published, date(a.publishedAt)) DESC, thisIsLatest DESC
  LIMIT 1
}
SET g.status = latestStatus
WITH g, row
CALL (g, row) {
  UNWIND row.parties AS partyId
  MATCH (x) WHERE elementId(x) = partyId
  MERGE (x)-[r:PARTY_TO]->(g)
  ON CREATE SET r.addedBy = $by, r.addedAt = datetime($at), r.sources = []
  SET r.sources = CASE WHEN $articleId IN r.sources THEN r.sources ELSE coalesce(r.sources, []) + $articleId END
  RETURN count(r) AS parties
}
RETURN 'Agreement:' + g.id AS key, g.status AS status, parties
