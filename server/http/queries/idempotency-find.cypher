// The stored request under an idempotency key (unique constraint idempotent_request_key: an index seek).
MATCH (r:IdempotentRequest {key: $key})
RETURN r.requestHash AS requestHash, r.state AS state, r.status AS status, r.body AS body,
       r.createdAt < $expiredBefore OR (r.state = 'pending' AND r.createdAt < $abandonedBefore) AS stale
