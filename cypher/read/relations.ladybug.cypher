// The projected edges from and to the actor $actor, of every type (the store keeps the types asked
// for): the edge's internal id (the store tells its direction by outgoing_edges), its type, the
// actor at the other end, the edge's figures and its newest mentions (the evidence relations()
// shows). One undirected match: half the time of a UNION of both directions in this engine, whose
// start_node() is wrong on undirected matches. label(r): this dialect has no type().
MATCH (a:Actor {id: $actor})-[r]-(b:Actor)
RETURN id(r) AS edge, label(r) AS type, b.id AS id, b.name AS name, b.kind AS kind, b.aliases AS aliases,
       r.count AS count, r.first_seen AS first_seen, r.last_seen AS last_seen, r.confidence AS confidence,
       r.evidence AS evidence
