// Draft articles and the relationships they touch, for public counts: an index seek on Article(status), so
// the cost grows with the drafts, not the graph.
MATCH (a:Article)
WHERE a.status = 'draft'
OPTIONAL MATCH (a)-[r]-()
RETURN count(DISTINCT a) AS nodes, collect(DISTINCT {id: elementId(r), type: type(r)}) AS relationships
