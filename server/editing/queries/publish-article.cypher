// Publishing: the draft becomes a published article (its status is what every public read checks).
MATCH (a:Article {id: $id})
WHERE a.status = 'draft'
SET a.status = 'published', a.publishedBy = $by, a.publishedAt = datetime($at)
RETURN a.id AS id
