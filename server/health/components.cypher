// Which Neo4j answers: its version and edition, for GET /api/health.
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
