// The projected edges, of any relation type, from each $pairs.subject to its $pairs.object (a table
// of the actor pairs of new events), with their figures and newest mentions. OPTIONAL MATCH from the
// actor found by key makes this engine expand from that actor; a plain MATCH scans every edge.
LOAD FROM $pairs
MATCH (s:Actor {id: subject})
OPTIONAL MATCH (s)-[r]->(o:Actor {id: object})
WITH s, r, o
WHERE r IS NOT NULL
RETURN s.id AS subject, label(r) AS type, o.id AS object, r.count AS count, r.first_seen AS first_seen,
       r.last_seen AS last_seen, r.confidence AS confidence, r.evidence AS evidence
