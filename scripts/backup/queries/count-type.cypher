// Relationships of one type (count store), to check a restore against the manifest.
MATCH ()-[r:{{type}}]->()
RETURN count(r) AS count
