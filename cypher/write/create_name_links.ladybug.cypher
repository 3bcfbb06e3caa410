// Link actors to the names they go by ($rows: key, actor), each end found by its key.
LOAD FROM $rows
MATCH (n:Name {key: key})
MATCH (a:Actor {id: actor})
CREATE (n)-[:NAMES]->(a)
