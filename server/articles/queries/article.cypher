// One article by id, with its metadata and the path of its verbatim text.
MATCH (a:Article {id: $id})
RETURN a AS article
