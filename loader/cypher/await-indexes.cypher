// Waits until every index and constraint is online (at most 300 s), so the first batch finds its indexes.
CALL db.awaitIndexes(300)
