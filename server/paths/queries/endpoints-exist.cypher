// Whether both ends of a path request exist, to tell "no such node" (404) from "no path" (empty list).
OPTIONAL MATCH (a:{{fromLabel}} {id: $fromId})
OPTIONAL MATCH (b:{{toLabel}} {id: $toId})
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists
