// One account by name, with its password hash (only the sign-in check reads the hash).
MATCH (u:User {name: $name})
RETURN u.name AS name, u.role AS role, u.passwordHash AS passwordHash, u.revoked IS NOT NULL AS revoked
