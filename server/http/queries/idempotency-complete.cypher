// Stores the answer of a request that succeeded, for replay to a retry with the same key.
MATCH (r:IdempotentRequest {key: $key})
WHERE r.requestHash = $requestHash AND r.state = 'pending'
SET r.state = 'done', r.status = $status, r.body = $body, r.completedAt = datetime()
