// The published, unretracted articles among some ids, as evidence (who met whom and Cypher exports name
// their sources by article id).
UNWIND $ids AS id
MATCH (s:Article {id: id})
WHERE s.status = 'published' AND s.retracted IS NULL
RETURN {article: s.id, title: coalesce(s.title, s.titleInferred), titleInferred: s.title IS NULL AND s.titleInferred IS NOT NULL,
    outlet: coalesce(s.outlet, s.outletInferred), outletInferred: s.outlet IS NULL AND s.outletInferred IS NOT NULL,
    published: s.published, quote: null} AS evidence
