// One node by label and id, with its evidence: reporting articles with their quotes, then mentioning articles.
MATCH (n:{{label}} {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[rep:REPORTED_IN]->(a:Article)
  RETURN collect(CASE WHEN a IS NOT NULL THEN {article: a, quote: rep.quote} END) AS reported
}
CALL (n) {
  OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n)
  RETURN collect(a) AS mentioning
}
RETURN n AS node, reported, mentioning
