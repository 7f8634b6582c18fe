// One article by id, with its metadata, state and verbatim text (the service hides drafts from non-editors).
MATCH (a:Article {id: $id})
RETURN a AS article
