// The nodes of one label among $ids, each found through the label's `id` uniqueness constraint (an index
// seek per id, never a scan); ids that name no node are simply absent.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN id, elementId(n) AS elementId
