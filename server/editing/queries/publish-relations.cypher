// Publishing: a relationship between two entities ({{type}}: HOLDS_ROLE, MEMBER_OF) that an article reports.
// An existing one gains the article in `sources`; a new one also keeps the quote that reports it.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
MERGE (a)-[r{{type}}]->(b)
ON CREATE SET r += row.props, r.quote = row.quote, r.sources = [], r.addedBy = $by, r.addedAt = datetime($at)
SET r.sources = CASE WHEN $articleId IN r.sources THEN r.sources ELSE coalesce(r.sources, []) + $articleId END
RETURN row.key AS key, r.addedAt = datetime($at) AS created
