// Whether both ends of a path request exist in the public graph, to tell "no such node" (404) from "no
// path" (empty list): a retracted node or an unpublished article is no end (server/graph/visibility.ts).
OPTIONAL MATCH (a:{{fromLabel}} {id: $fromId})
WHERE a.retracted IS NULL AND (NOT a:Article OR a.status = 'published')
OPTIONAL MATCH (b:{{toLabel}} {id: $toId})
WHERE b.retracted IS NULL AND (NOT b:Article OR b.status = 'published')
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists
