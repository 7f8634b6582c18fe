// Who holds an API token: only a live token of a live account answers.
MATCH (t:ApiToken {tokenHash: $tokenHash})
WHERE t.revoked IS NULL
MATCH (u:User {name: t.userName})
WHERE u.revoked IS NULL
RETURN u.name AS name, u.role AS role
