// The keys among $refs that name no node, so an export of unknown keys answers 404 before streaming.
UNWIND $refs AS ref
OPTIONAL MATCH (n)
WHERE n.id = ref.id AND ref.label IN labels(n)
WITH ref, count(n) AS found
WHERE found = 0
RETURN ref.label + ':' + ref.id AS key
