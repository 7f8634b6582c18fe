// Nodes with one label (count store), to check a restore against the manifest.
MATCH (n:{{label}})
RETURN count(n) AS count
