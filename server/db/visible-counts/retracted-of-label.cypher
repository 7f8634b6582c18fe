// Of some ids of one label, the nodes still retracted (published articles only: drafts are counted apart),
// each found through the label's id constraint, with the relationships they touch.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
WHERE n.retracted IS NOT NULL AND (NOT n:Article OR n.status = 'published')
OPTIONAL MATCH (n)-[r]-()
RETURN count(DISTINCT n) AS nodes, collect(DISTINCT {id: elementId(r), type: type(r)}) AS relationships
