// The constraints as the server states them, each with the statement that creates it again.
SHOW CONSTRAINTS YIELD name, createStatement
RETURN name, createStatement
ORDER BY name
