// Relationships of a type whose name cannot be spliced as an identifier; scans every relationship,
// which is why it is only the fallback (this project's types never take it).
MATCH ()-[r]->()
WHERE type(r) = $type
RETURN count(r) AS count
