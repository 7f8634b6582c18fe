// Which candidate ids are free: no node of the label holds one, and no draft has reserved its key.
UNWIND $candidates AS c
RETURN c.id AS id,
  NOT EXISTS { MATCH (n:{{label}} {id: c.id}) } AND NOT EXISTS { MATCH (d:DraftItem {key: c.key}) } AS free
