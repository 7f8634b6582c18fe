// Staged items that reserve keys (entities created in a draft, new facts recorded in one), by key.
UNWIND $keys AS key
MATCH (d:DraftItem {key: key})
RETURN key, d.id AS id, d.articleId AS articleId, d.kind AS kind, d.payload AS payload
