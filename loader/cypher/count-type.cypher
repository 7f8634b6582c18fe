// How many relationships of one type exist (the count store answers): none means the loader may CREATE them.
MATCH ()-[r{{type}}]->()
RETURN count(r) AS count
