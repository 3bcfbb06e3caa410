// The projected edges, of any relation type, from each $pairs.subject to its $pairs.object (a table
// of the actor pairs of new events), with their figures and newest events. OPTIONAL MATCH from the
// actor found by key makes this engine expand from that actor; a plain MATCH scans every edge.
LOAD FROM $pairs
MATCH (s:Actor {id: subject})
OPTIONAL MATCH (s)-[r]->(o:Actor {id: object})
WITH s, r, o
WHERE r IS NOT NULL
RETURN s.id AS subject, label(r) AS type, o.id AS object, r.count AS count, r.first_seen AS first_seen,
       r.last_seen AS last_seen, r.confidence AS confidence, r.evidence_events AS evidence_events,
       r.evidence_sentences AS evidence_sentences, r.evidence_articles AS evidence_articles,
       r.evidence_article_names AS evidence_article_names, r.evidence_starts AS evidence_starts,
       r.evidence_ends AS evidence_ends, r.evidence_dates AS evidence_dates,
       r.evidence_date_precisions AS evidence_date_precisions
