// Meetings in date order, filtered by participants (all must attend), dates, statuses and place (a place
// matches the meetings held there or anywhere inside it), each with its place, participants and sources.
MATCH (m:Meeting)
WHERE ($from IS NULL OR m.date >= date($from))
  AND ($to IS NULL OR m.date <= date($to))
  AND (size($statuses) = 0 OR m.status IN $statuses)
  AND ($place IS NULL OR EXISTS {
    MATCH (m)-[:HELD_AT]->()-[:IN*0..4]->(p)
    WHERE p.id = $place.id AND $place.label IN labels(p)
  })
  AND all(wanted IN $participants WHERE EXISTS {
    MATCH (x)-[:ATTENDED]->(m)
    WHERE x.id = wanted.id AND wanted.label IN labels(x)
  })
WITH m
ORDER BY m.date, m.id
LIMIT $limit
CALL (m) {
  OPTIONAL MATCH (m)-[:HELD_AT]->(place)
  WITH place
  // The most specific place: a Place before a Country, and the one nested deepest (White House, not Washington).
  ORDER BY CASE WHEN place:Place THEN 0 ELSE 1 END, COUNT { (place)-[:IN*1..4]->() } DESC, place.id
  RETURN head(collect(place)) AS place
}
CALL (m) {
  OPTIONAL MATCH (who)-[a:ATTENDED]->(m)
  WITH who, a
  ORDER BY who.name
  RETURN collect(CASE WHEN who IS NOT NULL THEN {node: who, role: a.role} END) AS participants
}
CALL (m) {
  OPTIONAL MATCH (m)-[r:REPORTED_IN]->(article:Article)
  WITH r, article
  ORDER BY article.published, article.id
  RETURN collect(CASE WHEN article IS NOT NULL THEN {article: article, quote: r.quote} END) AS sources
}
RETURN m AS meeting, place, participants, sources
ORDER BY m.date, m.id
