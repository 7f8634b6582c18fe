// Who met whom: two people met when both attended, or were due to attend, the same Meeting whose range
// overlaps the window. Not counted: `addressed` (spoke to a gathering), `invited` and `inferred` attendance,
// Events (processes, inaugurations), and meetings `proposed` or `cancelled` unless $statuses asks for them
// (an empty list means held and scheduled). One pair per edge (the lower id first), with how often, when,
// which meetings and the reporting articles.
// The window is a range seek on m.dateFrom bounded on both sides: a meeting overlapping it started at most
// the longest meeting's span (m.spanDays, derived, docs/data-model.md) before it, and that span is one entry
// read from the end of its index; so the seek reads the window's meetings and those that started shortly
// before it, not every meeting before or after it. The overlap is then checked on m.dateTo. Undated meetings
// join only when no window is asked for (the caller sets $includeUndated).
// Public reads only (server/graph/visibility.ts): retracted meetings, people and ATTENDED are left out; a
// meeting counts only with at least $minSources (0: any) distinct published, unretracted reporting articles,
// checked on the window's candidates. A pair's sources and sourceCount are those articles, over its meetings.
CALL () {
  WITH COLLECT {
    MATCH (n:Meeting) WHERE n.spanDays IS NOT NULL
    RETURN n.spanDays AS span ORDER BY span DESC LIMIT 1
  }[0] AS longest
  MATCH (m:Meeting)
  // No meeting with a span yet (a database the start-up migration has not seen): no lower bound.
  WHERE m.dateFrom >= CASE WHEN longest IS NULL OR $from IS NULL THEN date('0001-01-01')
      ELSE date($from) - duration({days: longest}) END
    AND m.dateFrom <= date($to) AND m.dateTo >= date($from)
  RETURN m
  UNION
  // Guarded by an UNWIND, so that with a window this branch reads nothing (a WHERE on the parameter alone
  // still scanned every meeting).
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
MATCH (a:Person)-[ra:ATTENDED]->(m)<-[rb:ATTENDED]-(b:Person)
WHERE a.id < b.id AND ra.attendance IN ['attended', 'due'] AND rb.attendance IN ['attended', 'due']
  AND a.retracted IS NULL AND b.retracted IS NULL AND ra.retracted IS NULL AND rb.retracted IS NULL
WITH a, b, m
ORDER BY m.dateFrom, m.dateTo, m.id
WITH a, b, collect(m) AS meetings
RETURN a, b,
  size(meetings) AS weight,
  [x IN meetings | x.id] AS meetingIds,
  [x IN meetings | x.status] AS statuses,
  // The span of the pair's meetings: the earliest dateFrom and the latest dateTo.
  reduce(first = null, x IN meetings | CASE WHEN first IS NULL OR x.dateFrom < first THEN x.dateFrom ELSE first END) AS firstDate,
  reduce(last = null, x IN meetings | CASE WHEN last IS NULL OR x.dateTo > last THEN x.dateTo ELSE last END) AS lastDate,
  // From the pair's own meetings, not a scan of every REPORTED_IN per pair.
  COLLECT {
    UNWIND meetings AS x
    MATCH (x)-[r:REPORTED_IN]->(article:Article)
    WHERE r.retracted IS NULL AND coalesce(article.status, '') = 'published' AND article.retracted IS NULL
    RETURN DISTINCT article.id AS id
    ORDER BY id
  } AS sources
ORDER BY a.id, b.id
