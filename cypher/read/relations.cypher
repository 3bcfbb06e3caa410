// The projected edges from and to the actor $actor, of every type (the store keeps the types asked
// for): the actor itself (on every row: no second query for it), whether the edge leaves the actor,
// the actor at the other end, the edge's figures and its newest mentions (the evidence relations()
// shows).
MATCH (a:Actor {id: $actor})-[r]->(b:Actor)
RETURN a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind, a.aliases AS actor_aliases,
       true AS outgoing, type(r) AS type, b.id AS id, b.name AS name, b.kind AS kind, b.aliases AS aliases,
       r.count AS count, r.first_seen AS first_seen, r.last_seen AS last_seen, r.confidence AS confidence,
       r.evidence AS evidence
UNION ALL
MATCH (a:Actor {id: $actor})<-[r]-(b:Actor)
RETURN a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind, a.aliases AS actor_aliases,
       false AS outgoing, type(r) AS type, b.id AS id, b.name AS name, b.kind AS kind, b.aliases AS aliases,
       r.count AS count, r.first_seen AS first_seen, r.last_seen AS last_seen, r.confidence AS confidence,
       r.evidence AS evidence
