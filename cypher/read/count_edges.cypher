// How many projected edges (the only relationships between two actors).
MATCH (:Actor)-[r]->(:Actor)
RETURN count(r) AS n
