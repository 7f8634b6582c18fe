// The keys of everything ever retracted, read from history (every retraction records a `retracted` Change):
// an index seek on Change(action), so the cost grows with the retractions, not the graph.
MATCH (c:Change)
WHERE c.action = 'retracted'
RETURN DISTINCT c.key AS key
