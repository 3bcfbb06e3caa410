// Which of the actors $ids exist already, as stored (one key lookup per id).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases
