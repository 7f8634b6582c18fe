// The relationships that touch nodes of one internal label (asked only when the count store says there are
// some): the cost grows with the product's own state, never with the public graph.
MATCH (n:{{label}})-[r]-()
RETURN collect(DISTINCT {id: elementId(r), type: type(r)}) AS relationships
