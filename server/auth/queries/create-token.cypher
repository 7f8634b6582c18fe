// An API token, stored only as the sha256 of the secret the user was shown once.
MATCH (u:User {name: $name})
WHERE u.revoked IS NULL
CREATE (t:ApiToken {
  tokenHash: $tokenHash,
  userName: u.name,
  createdAt: datetime(),
  addedBy: $by,
  addedAt: datetime()
})
RETURN t.userName AS name
