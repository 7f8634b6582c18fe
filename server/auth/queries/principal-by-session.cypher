// Who a session cookie belongs to: only an open, unexpired session of a live account answers.
MATCH (s:Session {sessionHash: $sessionHash})
WHERE s.endedAt IS NULL AND s.expiresAt > datetime()
MATCH (u:User {name: s.userName})
WHERE u.revoked IS NULL
RETURN u.name AS name, u.role AS role, toString(s.expiresAt) AS expiresAt
