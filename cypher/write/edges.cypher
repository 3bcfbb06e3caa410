// Recompute the projected edges of one relation type from their events: count, first and last
// date, best confidence. Recomputed rather than incremented, so a write run twice (or resumed
// after an interruption) leaves exact counts. The store fills in the type from RelationType.
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.subject})<-[:SUBJECT]-(e:Event {type: $type})-[:OBJECT]->(o:Actor {id: pair.object})
WITH pair.subject AS subject, pair.object AS object, count(DISTINCT e) AS mentions,
     min(e.date) AS first_seen, max(e.date) AS last_seen, max(e.confidence) AS confidence
MATCH (s:Actor {id: subject}), (o:Actor {id: object})
MERGE (s)-[r:__RELATION_TYPE__]->(o)
SET r.count = mentions, r.first_seen = first_seen, r.last_seen = last_seen,
    r.confidence = confidence, r.polarity = $polarity
