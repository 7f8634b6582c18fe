// One batch of nodes of one label; the label slot takes a label of loader/model.ts, never input.
// ON CREATE / ON MATCH rather than a SET after the MERGE: it keeps the planner from adding an Eager,
// which would hold the whole batch in memory before writing any of it.
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
ON CREATE SET n += row.props
ON MATCH SET n += row.props
