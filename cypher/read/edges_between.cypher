// The projected edges, of any relation type, from each $pairs.subject to its $pairs.object (the
// actor pairs of a write's new events), with their figures and newest mentions. Read inside the
// write's transaction after its events, whose links lock both actors until it commits.
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.subject})-[r]->(o:Actor {id: pair.object})
RETURN s.id AS subject, type(r) AS type, o.id AS object, r.count AS count, r.first_seen AS first_seen,
       r.last_seen AS last_seen, r.confidence AS confidence, r.evidence AS evidence
