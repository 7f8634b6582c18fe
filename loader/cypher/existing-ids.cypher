// Which of these ids of one label are already in the database, for checking relationship endpoints.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN n.id AS id
