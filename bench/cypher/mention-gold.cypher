// The reference for measuring mention detection, per seed article: its text and date, the entities the seed
// graph links to it (MENTIONS, and the entities of the facts reported in it), and each meeting it reports
// with that report's own date words and the meeting's date range.
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL {
  WITH a
  OPTIONAL MATCH (a)-[:MENTIONS]->(m)
  RETURN collect(DISTINCT head(labels(m)) + ':' + m.id) AS mentioned
}
CALL {
  WITH a
  OPTIONAL MATCH (a)<-[:REPORTED_IN]-(f)-[]-(e)
  WHERE e:Person OR e:Country OR e:Organization OR e:Place OR e:Resource OR e:Topic OR e:Event
  RETURN collect(DISTINCT head(labels(e)) + ':' + e.id) AS participants
}
CALL {
  WITH a
  OPTIONAL MATCH (a)<-[r:REPORTED_IN]-(m:Meeting)
  WHERE r.dateText IS NOT NULL AND r.dateText <> 'undated' AND m.dateFrom IS NOT NULL
  RETURN collect({
    meeting: m.id,
    dateText: r.dateText,
    quote: r.quote,
    dateFrom: toString(m.dateFrom),
    dateTo: toString(coalesce(m.dateTo, m.dateFrom))
  }) AS reports
}
RETURN a.id AS id, a.text AS text, toString(a.published) AS published, mentioned, participants, reports
ORDER BY id
