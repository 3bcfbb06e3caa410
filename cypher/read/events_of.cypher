// The events of one actor, as subject or object (with $other on the other side unless it is ''),
// of the given types, dated within [$since, $until] when $dated. Matched in two steps: a relationship
// appears once in a pattern, and the link to the actor is also sm or om.
MATCH (:Actor {id: $actor})<-[:SUBJECT|OBJECT]-(e:Event)
WHERE e.type IN $types AND (NOT $dated OR (e.date >= date($since) AND e.date <= date($until)))
WITH DISTINCT e
MATCH (s:Actor)<-[sm:SUBJECT]-(e)-[om:OBJECT]->(o:Actor), (e)-[m:REPORTED_IN]->(art:Article)
WHERE $other = '' OR s.id = $other OR o.id = $other
RETURN s.id AS subject_id, s.name AS subject_name, s.kind AS subject_kind, s.aliases AS subject_aliases,
       sm.text AS subject_text, o.id AS object_id, o.name AS object_name, o.kind AS object_kind,
       o.aliases AS object_aliases, om.text AS object_text, e.type AS type, e.phrase AS phrase,
       e.date AS date, e.date_precision AS date_precision, e.confidence AS confidence,
       m.sentence AS sentence, m.start_char AS start_char, m.end_char AS end_char,
       art.id AS doc_hash, art.name AS doc_name
