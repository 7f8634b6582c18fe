// One batch of nodes sharing a label set; the temporary label and id let relationships find them later.
UNWIND $rows AS row
CREATE (n:ActorgraphRestoring{{labels}})
SET n += row.properties, n.actorgraphBackupId = row.id
RETURN count(n) AS created
