// Set the projected edges of one relation type to the figures of all their events (absolute
// values, never increments), computed by the store from the stored edge and the new events.
// The store fills in the type from RelationType.
UNWIND $rows AS row
MATCH (s:Actor {id: row.subject}), (o:Actor {id: row.object})
MERGE (s)-[r:__RELATION_TYPE__]->(o)
SET r.count = row.count, r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen),
    r.confidence = row.confidence, r.polarity = row.polarity, r.evidence = row.evidence
