// How many nodes one label holds (the count store answers): none means the loader may CREATE that label's nodes.
MATCH (n:{{label}})
RETURN count(n) AS count
