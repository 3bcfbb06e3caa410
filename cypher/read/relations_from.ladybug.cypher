// The projected edges leaving the actor $actor, of every type (the store keeps the types asked for):
// the actor itself (on every row: no second query for it), the edge's type, the actor at the other
// end, the edge's figures and its newest mentions (the evidence relations() shows). With
// relations_to, the embedded form of read/relations: two directed matches take less time in this
// engine than one undirected match plus a query telling the directions apart (its start_node() is
// wrong on undirected matches). label(r): this dialect has no type().
MATCH (a:Actor {id: $actor})-[r]->(b:Actor)
RETURN a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind, a.aliases AS actor_aliases,
       label(r) AS type, b.id AS id, b.name AS name, b.kind AS kind, b.aliases AS aliases,
       r.count AS count, r.first_seen AS first_seen, r.last_seen AS last_seen, r.confidence AS confidence,
       r.evidence AS evidence
