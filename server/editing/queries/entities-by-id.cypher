// Visible nodes of one label among $ids, each found through the label's `id` uniqueness constraint.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
WHERE n.retracted IS NULL
RETURN id, elementId(n) AS elementId, n.name AS name
