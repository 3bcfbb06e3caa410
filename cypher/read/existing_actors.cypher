// Which of the actors $ids exist already, and their kind.
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, a.kind AS kind
