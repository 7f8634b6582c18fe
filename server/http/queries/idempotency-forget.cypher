// Forgets one key's stored request: an expired or abandoned one before a new claim, or a pending one whose
// request failed (its hash must match, so a request never frees another's claim).
MATCH (r:IdempotentRequest {key: $key})
WHERE $requestHash IS NULL OR (r.requestHash = $requestHash AND r.state = 'pending')
DELETE r
