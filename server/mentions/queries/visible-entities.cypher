// Every visible entity that an article can name, with its name and aliases: one label scan per label
// (never all nodes), for the mention matcher's catalogue.
CALL {
  MATCH (n:Person) WHERE n.retracted IS NULL RETURN 'Person' AS label, n
  UNION ALL
  MATCH (n:Country) WHERE n.retracted IS NULL RETURN 'Country' AS label, n
  UNION ALL
  MATCH (n:Organization) WHERE n.retracted IS NULL RETURN 'Organization' AS label, n
  UNION ALL
  MATCH (n:Place) WHERE n.retracted IS NULL RETURN 'Place' AS label, n
  UNION ALL
  MATCH (n:Resource) WHERE n.retracted IS NULL RETURN 'Resource' AS label, n
  UNION ALL
  MATCH (n:Topic) WHERE n.retracted IS NULL RETURN 'Topic' AS label, n
  UNION ALL
  MATCH (n:Event) WHERE n.retracted IS NULL RETURN 'Event' AS label, n
}
RETURN label, n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases
