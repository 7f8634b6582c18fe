// Signing out ends the session; it stays, marked, like every other record of who did what.
MATCH (s:Session {sessionHash: $sessionHash})
WHERE s.endedAt IS NULL
SET s.endedAt = datetime(), s.endedBecause = 'signed_out'
RETURN s.userName AS name
