// One batch of nodes of one label. __LABEL__ is replaced by a label from server/bulk/model.ts, never by input.
// ON CREATE / ON MATCH rather than a SET after the MERGE: it keeps the planner from adding an Eager,
// which would hold the whole batch in memory before writing any of it.
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
ON CREATE SET n += row.props
ON MATCH SET n += row.props
