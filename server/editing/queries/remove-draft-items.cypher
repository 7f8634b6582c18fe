// Publishing ends the staging: the draft's items have become graph nodes and relationships.
MATCH (d:DraftItem {articleId: $articleId})
DELETE d
RETURN count(*) AS removed
