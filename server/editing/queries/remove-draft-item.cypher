// Takes one staged fact out of a draft (internal staging, never part of the graph).
MATCH (d:DraftItem {id: $id})
WHERE d.articleId = $articleId AND d.kind = $kind
DELETE d
RETURN count(*) AS removed
