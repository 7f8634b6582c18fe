// The end nodes of relationships a user's query returned without them (fetched by element id, a seek).
MATCH (n)
WHERE elementId(n) IN $ids
RETURN n
