// The projected edges coming to the actor $actor, of every type, with the columns of relations_from.
MATCH (a:Actor {id: $actor})<-[r]-(b:Actor)
RETURN a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind, a.aliases AS actor_aliases,
       label(r) AS type, b.id AS id, b.name AS name, b.kind AS kind, b.aliases AS aliases,
       r.count AS count, r.first_seen AS first_seen, r.last_seen AS last_seen, r.confidence AS confidence,
       r.evidence AS evidence
