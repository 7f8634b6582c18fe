// Nodes with one label, read from the count store (NodeCountFromCountStore): constant time.
MATCH (n:{{label}})
RETURN count(n) AS count
