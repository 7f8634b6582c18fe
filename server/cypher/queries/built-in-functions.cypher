// The server's own built-in function names, lower-cased: a user query may call these without vetting.
SHOW FUNCTIONS YIELD name, isBuiltIn
WHERE isBuiltIn
RETURN collect(toLower(name)) AS names
