// One batch of relationships of one type between nodes restored earlier, found by their id in the backup.
UNWIND $rows AS row
MATCH (a:ActorgraphRestoring {actorgraphBackupId: row.from})
MATCH (b:ActorgraphRestoring {actorgraphBackupId: row.to})
CREATE (a)-[r:{{type}}]->(b)
SET r = row.properties
RETURN count(r) AS created
