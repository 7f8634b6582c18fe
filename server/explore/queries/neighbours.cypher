// The nodes within {{depth}} hops, nearest and best-connected first, cut at $limit; every relationship
// among the kept nodes; and, for each left-out node, the type of the relationship it was reached by.
MATCH (c:{{label}} {id: $id})
OPTIONAL MATCH p = (c)-[{{types}}*1..{{depth}}]-(m)
WHERE m <> c
WITH c, m, p
ORDER BY length(p)
WITH c, m, min(length(p)) AS distance, head(collect(type(last(relationships(p))))) AS via
WITH c, m, distance, via, CASE WHEN m IS NULL THEN 0 ELSE COUNT { (m)--() } END AS degree
ORDER BY distance, degree DESC, m.id
WITH c, [x IN collect({node: m, via: via}) WHERE x.node IS NOT NULL] AS found
WITH c, [x IN found[0..$limit] | x.node] AS kept, [x IN found[$limit..] | x.via] AS leftOutVia
WITH c, kept, leftOutVia, [c] + kept AS shown
UNWIND shown AS a
OPTIONAL MATCH (a)-[r{{types}}]->(b)
WHERE b IN shown
RETURN c AS center, kept, leftOutVia, collect(r) AS relationships
