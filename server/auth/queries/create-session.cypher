// A browser session of a live account, stored by the sha256 of its id; it ends at expiresAt at the latest.
MATCH (u:User {name: $name})
WHERE u.revoked IS NULL
CREATE (s:Session {
  sessionHash: $sessionHash,
  userName: u.name,
  createdAt: datetime(),
  expiresAt: datetime() + duration({seconds: $lifetimeSeconds}),
  addedBy: u.name,
  addedAt: datetime()
})
RETURN u.name AS name, u.role AS role, toString(s.expiresAt) AS expiresAt
