// Before issue 10 (for bench/keys-lookup.profile.ts only): export by keys, the relationships among the named
// nodes, one AllNodesScan per key.
UNWIND $refs AS ref
MATCH (n)
WHERE n.id = ref.id AND ref.label IN labels(n)
WITH collect(DISTINCT n) AS nodes
UNWIND nodes AS a
MATCH (a)-[r]->(b)
WHERE b IN nodes
RETURN r, labels(a) AS sourceLabels, a.id AS sourceId, elementId(a) AS sourceElement,
  labels(b) AS targetLabels, b.id AS targetId, elementId(b) AS targetElement
ORDER BY sourceElement, targetElement, type(r)
