// Relationships from or to nodes of one internal label, from the count store (constant time): almost
// always 0, and only then does the product's own state need no further look.
CALL () {
  MATCH (:{{label}})-[r]->()
  RETURN count(r) AS outgoing
}
CALL () {
  MATCH ()-[r]->(:{{label}})
  RETURN count(r) AS incoming
}
RETURN outgoing + incoming AS count
