// Before issue 10 (for bench/keys-lookup.profile.ts only): export by keys, the named nodes, one AllNodesScan
// per key.
UNWIND $refs AS ref
MATCH (n)
WHERE n.id = ref.id AND ref.label IN labels(n)
WITH DISTINCT n
RETURN n, COLLECT { MATCH (n)-[:REPORTED_IN]->(a:Article) RETURN a.id ORDER BY a.id } AS reportedIn
ORDER BY labels(n)[0], n.id
