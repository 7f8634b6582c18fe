// One batch of nodes of one label. __LABEL__ is replaced by a label from server/bulk/model.ts, never by input.
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
SET n += row.props
RETURN count(*) AS rows
