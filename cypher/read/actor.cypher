// The actor $actor (by id).
MATCH (a:Actor {id: $actor})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases
