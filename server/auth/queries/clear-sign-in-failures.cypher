// A successful sign-in clears that name's failed attempts.
MATCH (a:SignInAttempt {name: $name})
DELETE a
