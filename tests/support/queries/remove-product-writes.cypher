// Test-only clean-up (full scans are fine on the seed graph): removes every node and relationship that an
// editor or the product's own state added, and every retraction mark, so the next test file sees the seed graph.
CALL {
  MATCH (n)
  WHERE n:User OR n:ApiToken OR n:Session OR n:Change OR n:DraftItem OR n:IdempotentRequest OR n:SignInAttempt
     OR (n.addedBy IS NOT NULL AND n.addedBy <> 'seed')
  DETACH DELETE n
}
CALL {
  MATCH ()-[r]->()
  WHERE r.addedBy IS NOT NULL AND r.addedBy <> 'seed'
  DELETE r
}
CALL {
  MATCH (n)
  WHERE n.retracted IS NOT NULL
  REMOVE n.retracted, n.retractedBy, n.retractedAt, n.retractionReason
}
CALL {
  MATCH ()-[r]->()
  WHERE r.retracted IS NOT NULL
  REMOVE r.retracted, r.retractedBy, r.retractedAt, r.retractionReason
}
