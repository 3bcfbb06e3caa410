// The projected edges from and to the actor $actor of the types $types: the actors at both ends,
// the edge's figures and its newest mentions (the evidence relations() shows).
MATCH (s:Actor {id: $actor})-[r]->(o:Actor)
WHERE type(r) IN $types
RETURN s.id AS subject_id, s.name AS subject_name, s.kind AS subject_kind, s.aliases AS subject_aliases,
       type(r) AS type, o.id AS object_id, o.name AS object_name, o.kind AS object_kind, o.aliases AS object_aliases,
       r.count AS count, r.first_seen AS first_seen, r.last_seen AS last_seen, r.confidence AS confidence,
       r.evidence AS evidence
UNION ALL
MATCH (s:Actor)-[r]->(o:Actor {id: $actor})
WHERE type(r) IN $types
RETURN s.id AS subject_id, s.name AS subject_name, s.kind AS subject_kind, s.aliases AS subject_aliases,
       type(r) AS type, o.id AS object_id, o.name AS object_name, o.kind AS object_kind, o.aliases AS object_aliases,
       r.count AS count, r.first_seen AS first_seen, r.last_seen AS last_seen, r.confidence AS confidence,
       r.evidence AS evidence
