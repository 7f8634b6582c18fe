// Every label and relationship type in use, read fresh for a whole-graph export. Each list is collected in
// its own subquery, so a graph without relationships (or labels) still answers one row.
CALL () {
  CALL db.labels() YIELD label
  RETURN collect(label) AS labels
}
CALL () {
  CALL db.relationshipTypes() YIELD relationshipType
  RETURN collect(relationshipType) AS types
}
RETURN labels, types
