// After an article is retracted: the facts it reported that now have no visible source left (no other
// published, unretracted article reports them) are retracted with it, marked the same way.
MATCH (a:Article {id: $articleId})
MATCH (f)-[rep:REPORTED_IN]->(a)
WHERE f.retracted IS NULL AND rep.retracted IS NULL
  AND NOT EXISTS {
    MATCH (f)-[other:REPORTED_IN]->(o:Article)
    WHERE o <> a AND other.retracted IS NULL AND coalesce(o.status, '') = 'published' AND o.retracted IS NULL
  }
WITH DISTINCT a, f
SET f.retracted = true, f.retractedBy = $by, f.retractedAt = a.retractedAt, f.retractionReason = $reason
RETURN labels(f) AS labels, f.id AS id
ORDER BY id
