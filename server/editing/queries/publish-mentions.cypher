// Publishing: Article-[:MENTIONS {count}]->entity for every entity a reviewed mention links or created
// (count = the reviewed mentions of it, as 08-mentions.cypher counts names in the news text).
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (e) WHERE elementId(e) = row.elementId
MERGE (a)-[r:MENTIONS]->(e)
SET r.count = row.count, r.addedBy = $by, r.addedAt = datetime($at)
RETURN count(r) AS written
