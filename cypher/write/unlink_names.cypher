// Drop every Name link of the actors $ids (stored actors being written again), returning the keys
// they had; the store links their current names next and prunes the keys left without an actor.
UNWIND $ids AS id
MATCH (n:Name)-[r:NAMES]->(:Actor {id: id})
DELETE r
RETURN DISTINCT n.key AS key
