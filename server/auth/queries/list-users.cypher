// Every account for `npm run users -- list`: names, roles and dates, never a hash.
MATCH (u:User)
RETURN u.name AS name, u.role AS role, u.addedBy AS addedBy, toString(u.addedAt) AS addedAt,
       u.revoked IS NOT NULL AS revoked, toString(u.revokedAt) AS revokedAt
ORDER BY name
