// Every relationship type in use: the whitelist a type must be on before it is spliced into a query.
CALL db.relationshipTypes() YIELD relationshipType
RETURN relationshipType AS type
