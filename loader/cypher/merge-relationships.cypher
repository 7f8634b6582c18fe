// One batch of relationships of one type between two labels; the identifiers come from loader/model.ts.
// MATCH, not MERGE, on the endpoints: the validator has already checked that every endpoint exists.
// Every relationship property of the model is named (tests/loader/queries.test.ts checks the list): on
// create a null leaves it unset, on match coalesce keeps the stored value, exactly as `SET r += row.props`
// would, but without the Eager that `+=` plans (it sets properties the planner cannot name).
// The type slot is filled with `:TYPE` (one type), so the pattern below reads [r:`TYPE`] once filled.
UNWIND $rows AS row
MATCH (a:{{fromLabel}} {id: row.from})
MATCH (b:{{toLabel}} {id: row.to})
MERGE (a)-[r{{type}}]->(b)
ON CREATE SET
  r.role = row.role, r.attendance = row.attendance, r.title = row.title, r.sources = row.sources, r.quote = row.quote, r.count = row.count
ON MATCH SET
  r.role = coalesce(row.role, r.role), r.attendance = coalesce(row.attendance, r.attendance),
  r.title = coalesce(row.title, r.title),
  r.sources = coalesce(row.sources, r.sources), r.quote = coalesce(row.quote, r.quote),
  r.count = coalesce(row.count, r.count)
