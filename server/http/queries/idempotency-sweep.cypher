// Removes up to 100 expired stored requests (range index idempotent_request_created keeps this a seek).
MATCH (r:IdempotentRequest)
WHERE r.createdAt < $expiredBefore
WITH r LIMIT 100
DELETE r
