// Waits until every index is online (the full-text index fills in the background).
CALL db.awaitIndexes(600)
