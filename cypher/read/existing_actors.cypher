// Which of the actors $ids exist already, with the kind, name and aliases they are stored with
// (one key lookup per id).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.kind AS kind, a.name AS name, a.aliases AS aliases
