// Which of these ids of one label are already in the database, for checking relationship endpoints.
UNWIND $ids AS id
MATCH (n:__LABEL__ {id: id})
RETURN n.id AS id
