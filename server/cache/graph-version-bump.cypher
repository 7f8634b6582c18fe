// Moves the graph version inside the write transaction that changed the graph, so the change and the new
// version commit together. (A name, as every node has one.)
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.version = 0, v.name = 'graph version'
SET v.version = v.version + 1
