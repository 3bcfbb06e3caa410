// The figures of the projected edges $pairs ({subject, type, object}), recomputed from all their
// events: count, first and last date, best confidence. Read inside the write transaction, after
// its events, so a write run twice (or resumed after an interruption) leaves exact counts.
UNWIND $pairs AS pair
MATCH (s:Actor {id: pair.subject})<-[:SUBJECT]-(e:Event)
WHERE e.type = pair.type
MATCH (e)-[:OBJECT]->(o:Actor)
WHERE o.id = pair.object
RETURN pair.subject AS subject, pair.type AS type, pair.object AS object, count(DISTINCT e) AS count,
       min(e.date) AS first_seen, max(e.date) AS last_seen, max(e.confidence) AS confidence
