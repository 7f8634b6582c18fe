// Facts already in the visible graph that may be the one an editor is about to record: {{label}} nodes that at
// least $needed of the given participants ({{type}}: ATTENDED, PARTICIPATED_IN, PARTY_TO) share, whose date
// range overlaps the new one (when both have dates), held at the same place or one inside the other (when a
// place is given and the fact has one). Starts from the participants' nodes, so it reads only their facts.
UNWIND $participants AS participantId
MATCH (p) WHERE elementId(p) = participantId
MATCH (p)-[{{type}}]->(f:{{label}})
WHERE f.retracted IS NULL
  AND ($dateFrom IS NULL OR f.dateFrom IS NULL OR (f.dateFrom <= date($dateTo) AND f.dateTo >= date($dateFrom)))
WITH f, count(DISTINCT p) AS shared
WHERE shared >= $needed
  AND EXISTS { MATCH (f)-[:REPORTED_IN]->(a:Article) WHERE a.status = 'published' AND a.retracted IS NULL }
  AND ($place IS NULL OR NOT EXISTS { MATCH (f)-[:HELD_AT]->() } OR EXISTS {
    MATCH (f)-[:HELD_AT]->(there), (given)
    WHERE elementId(given) = $place
      AND (there = given OR EXISTS { (there)-[:IN*1..3]->(given) } OR EXISTS { (given)-[:IN*1..3]->(there) })
  })
RETURN labels(f)[0] + ':' + f.id AS key, f.name AS name, toString(f.dateFrom) AS dateFrom, toString(f.dateTo) AS dateTo,
  f.status AS status, shared,
  COLLECT {
    MATCH (x)-[r{{type}}]->(f)
    RETURN {key: labels(x)[0] + ':' + x.id, name: x.name, attendance: r.attendance, role: r.role} AS who
  } AS participants,
  COLLECT {
    MATCH (f)-[r:REPORTED_IN]->(a:Article)
    WHERE a.status = 'published' AND a.retracted IS NULL
    RETURN {article: a.id, published: toString(a.published), quote: r.quote, status: r.status, dateText: r.dateText} AS source
  } AS sources
ORDER BY shared DESC, dateFrom, key
LIMIT 10
