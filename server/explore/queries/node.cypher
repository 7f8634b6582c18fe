// One node by label and id, if the public may see it, with its evidence: reporting articles with their
// quotes, then mentioning articles (published, unretracted articles only; server/graph/visibility.ts).
MATCH (n:{{label}} {id: $id})
WHERE n.retracted IS NULL AND (NOT n:Article OR n.status = 'published')
CALL (n) {
  OPTIONAL MATCH (n)-[rep:REPORTED_IN]->(a:Article)
  WHERE rep.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
  RETURN collect(CASE WHEN a IS NOT NULL THEN {article: a, quote: rep.quote} END) AS reported
}
CALL (n) {
  OPTIONAL MATCH (a:Article)-[men:MENTIONS]->(n)
  WHERE men.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
  RETURN collect(a) AS mentioning
}
RETURN n AS node, reported, mentioning,
  CASE WHEN any(label IN labels(n) WHERE label IN $factLabels) THEN COUNT {
    MATCH (n)-[rep:REPORTED_IN]->(a:Article)
    WHERE rep.retracted IS NULL AND coalesce(a.status, '') = 'published' AND a.retracted IS NULL
    RETURN DISTINCT a
  } END AS sourceCount
