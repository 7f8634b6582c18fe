// The history of one key, newest first: an index seek on Change(key), so the cost grows with its entries.
MATCH (c:Change)
WHERE c.key = $key
RETURN c.id AS id, toString(c.at) AS at, c.by AS by, c.action AS action, c.key AS key,
  c.articleId AS articleId, c.detail AS detail
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
