// Every label in use: the whitelist a label must be on before it is spliced into a query.
CALL db.labels() YIELD label
RETURN label
