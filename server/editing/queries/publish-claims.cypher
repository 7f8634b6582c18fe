// Publishing: resource claims an article reports: the ResourceClaim (text, kind, value, unit; attribution
// `reporter` when no claimant), MADE {attribution} from the claimant, ABOUT each resource, CONCERNS where the
// resources lie, REPORTED_IN the article with the quote. Every relationship carries the article in `sources`.
MATCH (article:Article {id: $articleId})
UNWIND $rows AS row
MERGE (c:ResourceClaim {id: row.id})
ON CREATE SET c += row.props, c.addedBy = $by, c.addedAt = datetime($at)
MERGE (c)-[rep:REPORTED_IN]->(article)
SET rep.quote = row.quote, rep.dateText = row.dateText, rep.addedBy = $by, rep.addedAt = datetime($at)
WITH c, row
CALL (c, row) {
  UNWIND row.claimants AS claimantId
  MATCH (x) WHERE elementId(x) = claimantId
  MERGE (x)-[r:MADE]->(c)
  ON CREATE SET r.attribution = row.attribution, r.sources = [$articleId], r.addedBy = $by, r.addedAt = datetime($at)
  RETURN count(r) AS claimants
}
CALL (c, row) {
  UNWIND row.resources AS resourceId
  MATCH (x) WHERE elementId(x) = resourceId
  MERGE (c)-[r:ABOUT]->(x)
  ON CREATE SET r.sources = [$articleId], r.addedBy = $by, r.addedAt = datetime($at)
  RETURN count(r) AS resources
}
CALL (c, row) {
  UNWIND row.concerns AS whereId
  MATCH (x) WHERE elementId(x) = whereId
  MERGE (c)-[r:CONCERNS]->(x)
  ON CREATE SET r.sources = [$articleId], r.addedBy = $by, r.addedAt = datetime($at)
  RETURN count(r) AS concerns
}
RETURN 'ResourceClaim:' + c.id AS key, claimants, resources, concerns
