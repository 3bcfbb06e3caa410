// The projected edges, of any relation type, from each $pairs.subject to its $pairs.object (the
// actor pairs of a write's new events), with their figures and newest events. Read inside the
// write's transaction after its events, whose links lock both actors until it commits.
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.subject})-[r]->(o:Actor {id: pair.object})
RETURN s.id AS subject, type(r) AS type, o.id AS object, r.count AS count, r.first_seen AS first_seen,
       r.last_seen AS last_seen, r.confidence AS confidence, r.evidence_events AS evidence_events,
       r.evidence_sentences AS evidence_sentences, r.evidence_articles AS evidence_articles,
       r.evidence_article_names AS evidence_article_names, r.evidence_starts AS evidence_starts,
       r.evidence_ends AS evidence_ends, r.evidence_dates AS evidence_dates,
       r.evidence_date_precisions AS evidence_date_precisions
