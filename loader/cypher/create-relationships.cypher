// One batch of relationships of one type between two labels, for a type that had no relationship when the
// load began and whose files repeat no (from, to) pair (loader/write-mode.ts): CREATE then makes exactly
// what MERGE would, without looking for an existing relationship on every (often dense) endpoint.
// Every relationship property of loader/model.ts is named in the map (a null leaves it unset), which keeps
// the Eager that `SET r += row.props` plans out of it; tests/loader/queries.test.ts checks the list.
UNWIND $rows AS row
MATCH (a:{{fromLabel}} {id: row.from})
MATCH (b:{{toLabel}} {id: row.to})
CREATE (a)-[r{{type}} {
  role: row.role, attendance: row.attendance, title: row.title, sources: row.sources, quote: row.quote, count: row.count
}]->(b)
