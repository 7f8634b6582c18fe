// Stages one item of a draft; the same id again replaces it (a mention reviewed twice keeps the last review).
MERGE (d:DraftItem {id: $id})
SET d.articleId = $articleId,
  d.kind = $kind,
  d.key = $key,
  d.payload = $payload,
  d.addedBy = $by,
  d.addedAt = datetime($at)
