// Meetings in date order (by their range), filtered by participants (all must have attended or been due to
// attend: the who-met-whom definition, so `addressed`, `invited` and `inferred` do not count), by a window
// the meeting's range overlaps, by statuses (an empty list means held and scheduled; proposed and cancelled
// only on request) and by place (a place matches the meetings held there or anywhere inside it). Each comes
// with its place, every participant (with role and attendance) and its sources.
// Public reads only (server/graph/visibility.ts): no retracted meeting, participant, place or relationship;
// sources are published, unretracted articles; sourceCount counts them (distinct), and $minSources (null: no
// filter) is checked on the candidates before LIMIT, so the cost grows with the answer.
// Index-backed at any graph size: the candidates come from the first participant (its element id, then its
// ATTENDED), else from the place (its element id, then what is IN it), else from the window (a range seek on
// m.dateFrom from the window's start less the longest meeting's span, m.spanDays read from the end of its
// index, to its end; the overlap checked on m.dateTo), else every meeting. Each branch is guarded by
// an UNWIND of an empty list, so an unused branch reads nothing. Undated meetings join only when no window
// is asked for.
CALL () {
  UNWIND $participants[0..1] AS first
  MATCH (x)-[a:ATTENDED]->(m:Meeting)
  WHERE elementId(x) = first.elementId AND a.attendance IN ['attended', 'due']
    AND a.retracted IS NULL AND x.retracted IS NULL
  RETURN m
  UNION
  UNWIND CASE WHEN size($participants) = 0 AND $place IS NOT NULL THEN [$place] ELSE [] END AS wantedPlace
  MATCH (p)<-[:IN*0..4]-()<-[:HELD_AT]-(m:Meeting)
  WHERE elementId(p) = wantedPlace.elementId
  RETURN m
  UNION
  UNWIND CASE WHEN size($participants) = 0 AND $place IS NULL AND ($from IS NOT NULL OR $to IS NOT NULL)
    THEN [true] ELSE [] END AS byWindow
  WITH byWindow, COLLECT {
    MATCH (n:Meeting) WHERE n.spanDays IS NOT NULL
    RETURN n.spanDays AS span ORDER BY span DESC LIMIT 1
  }[0] AS longest
  MATCH (m:Meeting)
  // Without a start, or with no span written yet (a database the start-up migration has not seen), the
  // seek has no lower bound.
  WHERE m.dateFrom >= CASE WHEN longest IS NULL OR $from IS NULL THEN date('0001-01-01')
      ELSE date($from) - duration({days: longest}) END
    AND m.dateFrom <= date(coalesce($to, '9999-12-31')) AND m.dateTo >= date(coalesce($from, '0001-01-01'))
  RETURN m
  UNION
  // No filter at all: the first $limit dated meetings in the m.dateFrom index's order (it stops there), and the
  // undated ones (sorted last) only when those are too few.
  UNWIND CASE WHEN size($participants) = 0 AND $place IS NULL AND $from IS NULL AND $to IS NULL
    THEN [true] ELSE [] END AS everything
  CALL () {
    MATCH (m:Meeting)
    WHERE m.dateFrom IS NOT NULL AND m.dateTo IS NOT NULL AND m.retracted IS NULL
      AND m.status IN CASE WHEN size($statuses) = 0 THEN ['held', 'scheduled'] ELSE $statuses END
      AND ($minSources IS NULL OR COUNT {
        MATCH (m)-[r:REPORTED_IN]->(a:Article)
        WHERE r.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
        RETURN DISTINCT a
      } >= $minSources)
    WITH m
    ORDER BY m.dateFrom, m.dateTo, m.id
    LIMIT $limit
    RETURN collect(m) AS dated
  }
  CALL (dated) {
    UNWIND CASE WHEN size(dated) < $limit THEN [true] ELSE [] END AS more
    MATCH (m:Meeting)
    WHERE m.dateFrom IS NULL
    RETURN collect(m) AS undated
  }
  UNWIND dated + undated AS m
  RETURN m
}
WITH m
WHERE m.retracted IS NULL
  AND (m.dateFrom <= date(coalesce($to, '9999-12-31')) AND m.dateTo >= date(coalesce($from, '0001-01-01'))
    OR $from IS NULL AND $to IS NULL AND m.dateFrom IS NULL)
  AND m.status IN CASE WHEN size($statuses) = 0 THEN ['held', 'scheduled'] ELSE $statuses END
  // The first participant was checked where the candidates came from.
  AND all(wanted IN $participants[1..] WHERE EXISTS {
    MATCH (x)-[a:ATTENDED]->(m)
    WHERE elementId(x) = wanted.elementId AND a.attendance IN ['attended', 'due']
      AND a.retracted IS NULL AND x.retracted IS NULL
  })
  AND all(wantedPlace IN CASE WHEN $place IS NULL THEN [] ELSE [$place] END WHERE EXISTS {
    MATCH (m)-[h:HELD_AT]->(at)-[:IN*0..4]->(p)
    WHERE elementId(p) = wantedPlace.elementId AND h.retracted IS NULL AND at.retracted IS NULL
  })
WITH m
// sourceCount for the filter only when one is asked for (EXISTS after OR runs only then), for the answer after LIMIT.
WHERE $minSources IS NULL OR EXISTS {
  MATCH (m)-[r:REPORTED_IN]->(a:Article)
  WHERE r.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
  WITH count(DISTINCT a) AS sources
  WHERE sources >= $minSources
  RETURN sources
}
WITH m
ORDER BY m.dateFrom, m.dateTo, m.id
LIMIT $limit
WITH m, COUNT {
  MATCH (m)-[r:REPORTED_IN]->(a:Article)
  WHERE r.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
  RETURN DISTINCT a
} AS sourceCount
CALL (m) {
  OPTIONAL MATCH (m)-[h:HELD_AT]->(place)
  WHERE h.retracted IS NULL AND place.retracted IS NULL
  // The most specific place: a Place before a Country, and the one nested deepest (White House, not Washington).
  // The depth is computed before ORDER BY: sorting on the COUNT subquery itself lost a lone Country (Neo4j 5.26).
  WITH place, CASE WHEN place:Place THEN 0 ELSE 1 END AS rank, COUNT { (place)-[:IN*1..4]->() } AS depth
  ORDER BY rank, depth DESC, place.id
  RETURN head(collect(place)) AS place
}
CALL (m) {
  OPTIONAL MATCH (who)-[a:ATTENDED]->(m)
  WHERE a.retracted IS NULL AND who.retracted IS NULL
  WITH who, a
  ORDER BY who.name
  RETURN collect(CASE WHEN who IS NOT NULL THEN {node: who, role: a.role, attendance: a.attendance, note: a.note} END) AS participants
}
CALL (m) {
  OPTIONAL MATCH (m)-[r:REPORTED_IN]->(article:Article)
  WHERE r.retracted IS NULL AND coalesce(article.status, '') = 'published' AND article.retracted IS NULL
  WITH r, article
  ORDER BY article.published, article.id
  RETURN collect(CASE WHEN article IS NOT NULL THEN {article: article, quote: r.quote, status: r.status, dateText: r.dateText} END) AS sources
}
RETURN m AS meeting, place, participants, sources, sourceCount
ORDER BY m.dateFrom, m.dateTo, m.id
