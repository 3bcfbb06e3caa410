// Delete the Name nodes among $keys that no longer name any actor.
UNWIND $keys AS key
MATCH (n:Name {key: key})
WHERE NOT EXISTS { MATCH (n)-[:NAMES]->(:Actor) }
DELETE n
