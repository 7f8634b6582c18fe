// Ranked full-text search over names, aliases, texts and titles, optionally within some labels.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE size($labels) = 0 OR any(label IN labels(node) WHERE label IN $labels)
RETURN node, score
ORDER BY score DESC, node.id
LIMIT $limit
