// How many actors.
MATCH (a:Actor)
RETURN count(a) AS n
