// The meetings who-met-whom lets through but cannot draw: fewer than two people attended or were due to attend
// (a meeting of countries or organisations, a one-person meeting, one with only invited, addressed or inferred
// attendance). Same window, status and source rules as who-met-whom.cypher, so the two add up: every meeting
// the filters let through is either in a pair or here. Public reads only (server/graph/visibility.ts).
CALL () {
  // The window's seek, bounded by the longest meeting's span, as in who-met-whom.cypher.
  WITH COLLECT {
    MATCH (n:Meeting) WHERE n.spanDays IS NOT NULL
    RETURN n.spanDays AS span ORDER BY span DESC LIMIT 1
  }[0] AS longest
  MATCH (m:Meeting)
  WHERE m.dateFrom >= CASE WHEN longest IS NULL OR $from IS NULL THEN date('0001-01-01')
      ELSE date($from) - duration({days: longest}) END
    AND m.dateFrom <= date($to) AND m.dateTo >= date($from)
  RETURN m
  UNION
  // Guarded by an UNWIND, as in who-met-whom.cypher: with a window this branch reads nothing.
  UNWIND CASE WHEN $includeUndated THEN [true] ELSE [] END AS undated
  MATCH (m:Meeting)
  WHERE m.dateFrom IS NULL
  RETURN m
}
WITH m
WHERE m.retracted IS NULL
  AND m.status IN CASE WHEN size($statuses) = 0 THEN ['held', 'scheduled'] ELSE $statuses END
// The sources are counted only when $minSources asks (EXISTS after OR plans as a SelectOrSemiApply, which
// skips it; a COUNT there was computed for every candidate).
WITH m
WHERE $minSources = 0 OR EXISTS {
  MATCH (m)-[r:REPORTED_IN]->(article:Article)
  WHERE r.retracted IS NULL AND coalesce(article.status, '') = 'published' AND article.retracted IS NULL
  WITH count(DISTINCT article) AS sources
  WHERE sources >= $minSources
  RETURN sources
}
WITH m, COLLECT {
  MATCH (x)-[r:ATTENDED]->(m)
  WHERE r.attendance IN ['attended', 'due'] AND r.retracted IS NULL AND x.retracted IS NULL
    AND none(label IN labels(x) WHERE label IN $internal)
  RETURN x
  ORDER BY x.name, x.id
} AS attendees
WHERE size([x IN attendees WHERE x:Person]) < 2
RETURN m AS meeting, attendees
ORDER BY m.dateFrom, m.id
