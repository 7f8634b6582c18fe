// Relationships of one type, read from the count store (RelationshipCountFromCountStore): constant time.
MATCH ()-[r{{types}}]->()
RETURN count(r) AS count
