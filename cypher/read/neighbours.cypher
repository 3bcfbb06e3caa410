// Actors one event away from any of $ids, over events filtered like events_of.
MATCH (a:Actor)<-[:SUBJECT|OBJECT]-(e:Event)-[:SUBJECT|OBJECT]->(b:Actor)
WHERE a.id IN $ids AND e.type IN $types AND (NOT $dated OR (e.date >= date($since) AND e.date <= date($until)))
RETURN DISTINCT b.id AS id
