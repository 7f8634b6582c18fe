// Every relationship with its endpoints' element ids (the nodes' ids in the same backup), type and properties.
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS properties
