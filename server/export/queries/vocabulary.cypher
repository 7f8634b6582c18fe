// Every label and relationship type in use, read fresh for a whole-graph export (its query per label/type).
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
RETURN labels, collect(relationshipType) AS types
