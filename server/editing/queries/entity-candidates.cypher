// Entities whose name or aliases match the words of a new entity's name (full-text index), for the
// duplicate check before an editor creates one; the caller compares the names exactly.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 50}) YIELD node
WHERE $label IN labels(node) AND node.retracted IS NULL
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases
