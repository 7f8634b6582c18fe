// Every node with its labels and properties (the backup streams the answer; a full scan is the point).
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
