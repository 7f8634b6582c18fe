// The drafts in progress (Article.status is indexed), newest first, with how far their review has come.
MATCH (a:Article {status: 'draft'})
WHERE a.retracted IS NULL
RETURN a.id AS id, coalesce(a.title, a.titleInferred) AS title, a.addedBy AS addedBy, toString(a.addedAt) AS addedAt,
  COUNT { MATCH (d:DraftItem {articleId: a.id}) WHERE d.kind = 'mention' } AS mentionsReviewed,
  COUNT { MATCH (d:DraftItem {articleId: a.id}) WHERE d.kind = 'entity' } AS entitiesStaged,
  COUNT { MATCH (d:DraftItem {articleId: a.id}) WHERE d.kind = 'fact' } AS factsRecorded
ORDER BY a.addedAt DESC, a.id
