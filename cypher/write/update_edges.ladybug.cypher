// Set the figures and newest events of existing projected edges of any relation type (the row's
// type picks the edge). OPTIONAL MATCH from the actor found by key: see edges_between.
LOAD FROM $rows
MATCH (s:Actor {id: subject})
OPTIONAL MATCH (s)-[r]->(o:Actor {id: object})
WHERE label(r) = type
SET r.count = count, r.first_seen = date(first_seen), r.last_seen = date(last_seen), r.confidence = confidence,
    r.evidence_events = evidence_events, r.evidence_sentences = evidence_sentences,
    r.evidence_articles = evidence_articles, r.evidence_article_names = evidence_article_names,
    r.evidence_starts = evidence_starts, r.evidence_ends = evidence_ends, r.evidence_dates = evidence_dates,
    r.evidence_date_precisions = evidence_date_precisions
