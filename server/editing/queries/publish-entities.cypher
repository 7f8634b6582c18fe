// Publishing: the entities an editor created in the draft, one {{label}} node each, found or made by id.
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
ON CREATE SET n.name = row.name, n.aliases = row.aliases, n.addedBy = $by, n.addedAt = datetime($at)
RETURN row.key AS key, elementId(n) AS elementId
