// A new password hash; the account's open sessions end, so a stolen session does not outlive the change.
MATCH (u:User {name: $name})
WHERE u.revoked IS NULL
SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime()
WITH u
CALL (u) {
  MATCH (s:Session {userName: u.name})
  WHERE s.endedAt IS NULL
  SET s.endedAt = datetime(), s.endedBecause = 'password_changed'
}
RETURN u.name AS name
