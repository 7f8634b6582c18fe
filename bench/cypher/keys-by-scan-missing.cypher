// Before issue 10 (for bench/keys-lookup.profile.ts only): the keys among $refs that name no node, one
// AllNodesScan per key.
UNWIND $refs AS ref
OPTIONAL MATCH (n)
WHERE n.id = ref.id AND ref.label IN labels(n)
WITH ref, count(n) AS found
WHERE found = 0
RETURN ref.label + ':' + ref.id AS key
