// One entry of the history of the graph: who did what to which key, when. Written in the same transaction
// as the change it records, so history and graph never disagree.
CREATE (c:Change {
  id: randomUUID(),
  at: datetime(),
  by: $by,
  action: $action,
  key: $key,
  articleId: $articleId,
  detail: $detail
})
