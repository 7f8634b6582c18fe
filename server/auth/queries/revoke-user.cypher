// Revokes an account and, with it, every token and session it holds (they stay, marked, for the record).
MATCH (u:User {name: $name})
WHERE u.revoked IS NULL
SET u.revoked = true, u.revokedAt = datetime(), u.revokedBy = $by
WITH u
CALL (u) {
  MATCH (t:ApiToken {userName: u.name})
  WHERE t.revoked IS NULL
  SET t.revoked = true, t.revokedAt = datetime()
}
CALL (u) {
  MATCH (s:Session {userName: u.name})
  WHERE s.endedAt IS NULL
  SET s.endedAt = datetime(), s.endedBecause = 'revoked'
}
RETURN u.name AS name
