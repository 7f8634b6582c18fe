// Claims a key as pending; a concurrent claim of the same key fails on the unique constraint.
CREATE (:IdempotentRequest {
  key: $key, requestHash: $requestHash, principal: $principal, method: $method, path: $path,
  state: 'pending', createdAt: datetime()
})
