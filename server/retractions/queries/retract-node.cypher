// Marks one node retracted (never deleted): who, when and why. Only a node not yet retracted is marked.
MATCH (n:{{label}} {id: $id})
WHERE n.retracted IS NULL
SET n.retracted = true, n.retractedBy = $by, n.retractedAt = datetime(), n.retractionReason = $reason
RETURN toString(n.retractedAt) AS retractedAt
