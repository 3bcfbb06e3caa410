// Which of the actors $ids exist already, and their kind (one key lookup per id).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.kind AS kind
