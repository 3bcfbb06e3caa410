// Every actor.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases
ORDER BY id
