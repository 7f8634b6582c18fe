// Nodes with a label whose name cannot be spliced as an identifier (a user's own data may hold such a
// name; this project's labels never do). Scans every node, which is why it is only the fallback.
MATCH (n)
WHERE $label IN labels(n)
RETURN count(n) AS count
