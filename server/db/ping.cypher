// The smallest query: the database answers, so the server may start serving.
RETURN 1
