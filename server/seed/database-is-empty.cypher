// Whether the database holds no node at all, from the count store (no scan, however large the graph).
MATCH (n)
RETURN count(n) = 0 AS empty
