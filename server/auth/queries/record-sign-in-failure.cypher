// Counts a failed sign-in for a name (in the database, so every API process sees the same count), and
// drops that name's failures that have left the window.
CALL {
  MATCH (old:SignInAttempt {name: $name})
  WHERE old.at <= datetime() - duration({seconds: $windowSeconds})
  DELETE old
}
CREATE (:SignInAttempt {name: $name, at: datetime(), addedBy: 'sign-in', addedAt: datetime()})
