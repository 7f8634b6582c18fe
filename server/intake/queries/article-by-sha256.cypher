// The article that already holds this text, whatever its state (seeks the unique sha256 constraint).
MATCH (a:Article {sha256: $sha256})
RETURN a.id AS id
