// The graph version: the sum over GraphVersion nodes (one, or more if two first writes raced without a
// constraint) still moves on every bump. A label scan of one or two nodes.
OPTIONAL MATCH (v:GraphVersion)
RETURN coalesce(sum(v.version), 0) AS version
