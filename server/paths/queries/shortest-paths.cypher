// Up to $limit shortest paths between two nodes, shortest first, up to {{maxLength}} hops over the allowed
// relationship types. {{selector}} is a GQL path selector: `SHORTEST k` (the k shortest) or `ALL SHORTEST`
// (every path of the shortest length, the search stopping at that length; server/paths/paths.service.ts says
// when). Either is a bounded search, StatefulShortestPath in the plan, never an unbounded variable-length
// scan. The ends are index seeks. Public graph only: no hop over a retracted relationship, no stop at a
// retracted node, an unpublished article or an internal node (server/graph/visibility.ts), nor at a node with
// an $avoid label (the far end excepted: it was checked, and chosen). These are checked on each step during
// the search; a path visits each node once.
MATCH (a:{{fromLabel}} {id: $fromId})
MATCH (b:{{toLabel}} {id: $toId})
MATCH p = {{selector}} (
  (a) (()-[r{{types}} WHERE r.retracted IS NULL]-(x WHERE x = b OR (x.retracted IS NULL
    AND (NOT x:Article OR x.status = 'published')
    AND none(label IN labels(x) WHERE label IN $internal OR label IN $avoid)))){1,{{maxLength}}} (b)
  WHERE NOT a IN x AND all(i IN range(1, size(x) - 1) WHERE NOT x[i] IN x[0..i])
)
RETURN p
ORDER BY length(p)
LIMIT $limit
