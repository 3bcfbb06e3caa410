// Create the projected edges of one relation type between actors that had none, with the figures
// and newest mentions of their events. The store fills in the type from RelationType.
LOAD FROM $rows
MATCH (s:Actor {id: subject})
MATCH (o:Actor {id: object})
CREATE (s)-[:__RELATION_TYPE__ {count: count, first_seen: date(first_seen), last_seen: date(last_seen),
                                confidence: confidence, polarity: polarity, evidence: evidence}]->(o)
