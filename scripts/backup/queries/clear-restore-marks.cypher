// Removes the temporary label and id from up to $limit restored nodes; run until it answers 0.
MATCH (n:ActorgraphRestoring)
WITH n LIMIT $limit
REMOVE n:ActorgraphRestoring, n.actorgraphBackupId
RETURN count(n) AS cleared
