// Link actors to the names they go by ($rows: key, actor), creating Name nodes that are new.
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MERGE (n:Name {key: row.key})
MERGE (n)-[:NAMES]->(a)
