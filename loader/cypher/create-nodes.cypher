// One batch of nodes of one label into a label that held no node when the load began (loader/write-mode.ts).
// CREATE with every node property of loader/model.ts named in one map: a null leaves that property unset,
// and naming them (rather than `SET n += row.props`) keeps the Eager out of the plan.
// tests/loader/queries.test.ts checks that the map names every property of the model.
UNWIND $rows AS row
CREATE (n:{{label}} {
  id: row.id, name: row.name, aliases: row.aliases, kind: row.kind, date: row.date,
  dateFrom: row.dateFrom, dateTo: row.dateTo, spanDays: row.spanDays,
  datePrecision: row.datePrecision, dateText: row.dateText, status: row.status, category: row.category,
  text: row.text, value: row.value, unit: row.unit, title: row.title, outlet: row.outlet,
  published: row.published, file: row.file
})
