// A new account; the name is also its id (names are never reused: accounts are revoked, never deleted).
CREATE (u:User {
  id: $name,
  name: $name,
  role: $role,
  passwordHash: $passwordHash,
  addedBy: $by,
  addedAt: datetime()
})
RETURN u.name AS name
