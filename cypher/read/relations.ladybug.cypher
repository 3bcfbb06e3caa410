// The projected edges from and to the actor $actor, of every type (the store keeps the types asked
// for): whether the edge leaves the actor, the actor at the other end, the edge's figures and its
// newest mentions (the evidence relations() shows). label(r): this dialect has no type().
MATCH (a:Actor {id: $actor})-[r]->(b:Actor)
RETURN true AS outgoing, label(r) AS type, b.id AS id, b.name AS name, b.kind AS kind, b.aliases AS aliases,
       r.count AS count, r.first_seen AS first_seen, r.last_seen AS last_seen, r.confidence AS confidence,
       r.evidence AS evidence
UNION ALL
MATCH (a:Actor {id: $actor})<-[r]-(b:Actor)
RETURN false AS outgoing, label(r) AS type, b.id AS id, b.name AS name, b.kind AS kind, b.aliases AS aliases,
       r.count AS count, r.first_seen AS first_seen, r.last_seen AS last_seen, r.confidence AS confidence,
       r.evidence AS evidence
