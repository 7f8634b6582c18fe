// Labels, relationship types and property keys, for the client's Cypher editor to complete from.
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
WITH labels, collect(relationshipType) AS relationshipTypes
CALL db.propertyKeys() YIELD propertyKey
RETURN labels, relationshipTypes, collect(propertyKey) AS propertyKeys
