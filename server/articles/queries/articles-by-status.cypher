// The editors' list of articles in one state (drafts by default), newest first; seeks the status index.
MATCH (a:Article)
WHERE a.status = $status
RETURN a.id AS id, a.status AS status, a.title AS title, a.titleInferred AS titleInferred,
       a.addedBy AS addedBy, a.addedAt AS addedAt
ORDER BY a.addedAt DESC, a.id
LIMIT $limit
