// For each new name detection found, the closest visible entities in the full-text index (possible
// duplicates the editor may link instead of creating a new entity), best first.
UNWIND $names AS item
CALL {
  WITH item
  CALL db.index.fulltext.queryNodes('entity_search', item.query, {limit: 25}) YIELD node, score
  WITH node, score
  WHERE node.retracted IS NULL
    AND (node:Person OR node:Country OR node:Organization OR node:Place OR node:Resource OR node:Topic OR node:Event)
  RETURN node, score
  ORDER BY score DESC
  LIMIT $perName
}
RETURN item.id AS id, collect({id: node.id, name: node.name, labels: labels(node), score: score}) AS matches
