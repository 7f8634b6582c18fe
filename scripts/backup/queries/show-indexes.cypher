// Indexes that are not a constraint's own (those come back with their constraint), full-text ones included.
SHOW INDEXES YIELD name, type, entityType, owningConstraint, createStatement
WHERE owningConstraint IS NULL
RETURN name, type, entityType, createStatement
ORDER BY name
