// Whole-graph totals from the count store: checked against what was streamed, and an empty target's test.
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
