// A draft's staged items (reviews, entities, facts) in the order they were made.
MATCH (d:DraftItem {articleId: $articleId})
WHERE $kind IS NULL OR d.kind = $kind
RETURN d.id AS id, d.kind AS kind, d.key AS key, d.payload AS payload, d.addedBy AS addedBy,
  toString(d.addedAt) AS addedAt
ORDER BY d.addedAt, d.id
