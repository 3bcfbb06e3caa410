// Set the figures and newest mentions of existing projected edges of any relation type (the row's
// type picks the edge). OPTIONAL MATCH from the actor found by key: see edges_between.
LOAD FROM $rows
MATCH (s:Actor {id: subject})
OPTIONAL MATCH (s)-[r]->(o:Actor {id: object})
WHERE label(r) = type
SET r.count = count, r.first_seen = date(first_seen), r.last_seen = date(last_seen), r.confidence = confidence,
    r.evidence = evidence
