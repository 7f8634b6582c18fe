// The node a retraction names, found through its label's id constraint: whether it is retracted already.
MATCH (n:{{label}} {id: $id})
RETURN n.retracted IS NOT NULL AS retracted
