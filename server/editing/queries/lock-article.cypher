// The article an editing write works on, write-locked for the rest of the transaction (editedAt is set first)
// so that two writes to one draft, or a write racing its publish, run one after the other.
MATCH (a:Article {id: $id})
SET a.editedAt = datetime($at)
RETURN a.status AS status, a.text AS text, a.retracted AS retracted
