// The projected edges $edges names (subject, type and object: the edges a write's new events belong
// to), with their figures and newest mentions. Read inside the write's transaction after its events,
// whose links lock both actors until it commits. Matched by type too: an actor pair may have an
// edge of every type, each with its evidence text, and a write needs only those it grows.
UNWIND $edges AS edge
MATCH (s:Actor {id: edge.subject})-[r]->(o:Actor {id: edge.object})
WHERE type(r) = edge.type
RETURN s.id AS subject, type(r) AS type, o.id AS object, r.count AS count, r.first_seen AS first_seen,
       r.last_seen AS last_seen, r.confidence AS confidence, r.evidence AS evidence
