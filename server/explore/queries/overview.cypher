// The best-connected entities (articles aside) and every relationship among them: a bounded first view.
MATCH (n)
WHERE NOT n:Article
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
WITH collect(n) AS nodes
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r]->(b)
WHERE b IN nodes
RETURN a AS node, collect(r) AS relationships
