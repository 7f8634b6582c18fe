// Gives each seed Article its verbatim text and hash from its seed file, by id (an index seek per article).
// `addedAt` is set once, so loading the seed again changes nothing.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
WHERE a.file = row.file
SET a.text = row.text,
    a.sha256 = row.sha256,
    a.addedBy = 'seed',
    a.addedAt = coalesce(a.addedAt, datetime())
