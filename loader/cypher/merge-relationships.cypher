// One batch of relationships of one type between two labels; the identifiers come from loader/model.ts.
// MATCH, not MERGE, on the endpoints: the validator has already checked that every endpoint exists.
// Unlike merge-nodes.cypher, the plan keeps an Eager here (Neo4j 5.26: `r += row.props` sets properties
// the planner cannot name), so one batch's matched rows are held before writing: bounded by the batch size.
// The type slot is filled with `:TYPE` (one type), so the pattern below reads [r:`TYPE`] once filled.
UNWIND $rows AS row
MATCH (a:{{fromLabel}} {id: row.from})
MATCH (b:{{toLabel}} {id: row.to})
MERGE (a)-[r{{type}}]->(b)
ON CREATE SET r += row.props
ON MATCH SET r += row.props
