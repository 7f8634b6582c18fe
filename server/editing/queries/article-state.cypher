// An article's status and text, read without writing (listing a draft's facts and reviews).
MATCH (a:Article {id: $id})
RETURN a.status AS status, a.text AS text, a.retracted AS retracted
